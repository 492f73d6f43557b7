/// Small facts about single scalars that width, safety and wrapping share.
enum ScalarTraits {
    /// Controls in the terminal's sense: C0, DEL, C1, and the Unicode line and
    /// paragraph separators (glibc rates these -1 too, but they are line breaks,
    /// not missing glyphs).
    @inline(__always)
    static func isControl(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0x2028 || v == 0x2029
    }

    /// Bidirectional formatting controls: they reorder what the terminal shows
    /// (a right-to-left override can disguise text), so content must not carry them.
    @inline(__always)
    static func isBidiControl(_ v: UInt32) -> Bool {
        (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// A zero-width combining mark (Mn or Me; glibc gives every Mc one column).
    /// Such a mark attaches to the cell before it, so one that starts a grapheme
    /// cluster needs a base of its own.
    @inline(__always)
    static func isZeroWidthMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300, WidthTable.glibcWidth(scalar.value) == 0 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether a grapheme cluster can end right after this scalar whatever
    /// follows (Grapheme_Cluster_Break Control, approximated from above: Cc, Cf,
    /// Zl, Zp, Cn and the soft hyphen). A mark after one of these starts a cluster.
    @inline(__always)
    static func mayEndCluster(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0xAD { return true }
        if v < 0x300 || WidthTable.glibcWidth(v) > 0 { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate:
            return true
        default:
            return false
        }
    }
}
