/// Columns a terminal running ncursesw gives to text: glibc 2.36's `wcwidth`, kept as a
/// table, which the terminal also hands to ncursesw in place of the C library's own
/// (ScorecardsTerminal's TerminalWidths), so both measure alike on any glibc.
///
/// A grapheme cluster is drawn scalar by scalar: each scalar of positive width
/// opens a cell group of that width and zero-width scalars join the group before
/// them, so a cluster's width is the sum of its scalars' positive widths. Two
/// cases differ from a plain sum:
/// - a scalar glibc rates -1 that is not a control (an unassigned code point, or
///   an ideograph newer than glibc's Unicode 14, such as U+31350...U+323AF or
///   U+2B739) would be drawn by ncurses as a blank; `TerminalSafe.sanitize`
///   turns it into `placeholder` (〓), so it counts as that placeholder's 2;
/// - a cluster that starts with a zero-width combining mark (a lone mark at the
///   start of the text or after a control) would fuse with whatever cell is to
///   its left; `TerminalSafe.sanitize` gives it a no-break space as base, so it
///   counts one column more than its scalars.
///
/// Controls (C0, DEL, C1, U+2028, U+2029) count 0: they draw nothing of their
/// own, and content is sanitized before it is drawn.
public enum DisplayWidth {
    /// What stands in for a character the terminal cannot draw (the geta mark,
    /// printers' sign for a missing glyph).
    public static let placeholder: Character = "〓"

    /// The East Asian Ambiguous characters glibc counts as one column, as [first, last]
    /// code point pairs: what a terminal drawing them wide makes two columns.
    public static var ambiguousRangePairs: [UInt32] { WidthTable.ambiguousRanges }

    /// Every code point's width as `of(_:)` gives it for a scalar (ambiguous ones at 1), as
    /// runs: the first code point of each and its width. The terminal hands these to
    /// ncursesw, so that it measures with the same table whatever the C library.
    public static var scalarWidthRuns: (starts: [UInt32], widths: [Int8]) { WidthTable.widthRuns }

    /// glibc's `wcwidth` for the scalar: 0, 1, 2, or -1 for controls and for code
    /// points glibc does not know. With `.wide`, East Asian Ambiguous characters
    /// glibc counts as 1 count as 2.
    public static func of(_ scalar: Unicode.Scalar, ambiguous: AmbiguousWidth = .narrow) -> Int {
        WidthTable.width(scalar.value, ambiguous: ambiguous)
    }

    /// Columns the grapheme cluster takes when drawn (see the type's notes).
    public static func of(_ character: Character, ambiguous: AmbiguousWidth = .narrow) -> Int {
        var total = 0
        var first = true
        for scalar in character.unicodeScalars {
            if first && ScalarTraits.isZeroWidthMark(scalar) { total = 1 }
            total += cellWidth(scalar, ambiguous: ambiguous)
            first = false
        }
        return total
    }

    /// Columns the text takes when drawn: the sum of its grapheme clusters' widths.
    public static func of<S: StringProtocol>(_ text: S, ambiguous: AmbiguousWidth = .narrow) -> Int {
        // Summing scalars equals summing clusters unless a cluster starts with a
        // mark; only then is the slower cluster walk needed.
        var total = 0
        var clusterMayStart = true
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= 0x20 && v < 0x7F {
                total += 1
                clusterMayStart = false
                continue
            }
            if clusterMayStart && ScalarTraits.isZeroWidthMark(scalar) {
                return text.reduce(0) { $0 + of($1, ambiguous: ambiguous) }
            }
            total += cellWidth(scalar, ambiguous: ambiguous)
            clusterMayStart = ScalarTraits.mayEndCluster(scalar)
        }
        return total
    }

    /// One scalar's share of a cluster's width.
    @inline(__always)
    static func cellWidth(_ scalar: Unicode.Scalar, ambiguous: AmbiguousWidth) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        let w = WidthTable.width(v, ambiguous: ambiguous)
        if w >= 0 { return w }
        return ScalarTraits.isControl(v) ? 0 : 2
    }
}
