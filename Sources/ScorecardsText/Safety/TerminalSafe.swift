/// Makes text safe to hand to the terminal: content is data and must never
/// drive the terminal (an escape sequence in an article could retitle the window,
/// clear the screen or move the cursor; a bidi override could disguise text).
public enum TerminalSafe {
    /// Replaces everything that would act on the terminal, or be drawn as
    /// nothing, with visible inert text:
    /// - TAB, LF, CR (CR LF as one), U+2028 and U+2029 become a space;
    /// - other C0 controls and DEL become their Control Pictures (`␛` `␇` `␈` … `␡`),
    ///   each one column wide;
    /// - C1 controls and bidi controls become an ASCII escape such as `<U+202E>`;
    /// - other characters glibc rates -1 (unassigned, or newer than its Unicode
    ///   14) become `DisplayWidth.placeholder` (〓);
    /// - a grapheme cluster that starts with a zero-width combining mark gets a
    ///   no-break space as its base, so it cannot fuse with the cell to its left.
    ///
    /// Idempotent, and returns the input itself when nothing needs replacing.
    public static func sanitize(_ text: String) -> String {
        guard needsWork(text) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            let v = scalar.value
            switch v {
            case 0x09, 0x0A, 0x2028, 0x2029:
                out.append(" ")
            case 0x0D:
                out.append(" ")
                if pending == "\n" { pending = scalars.next() }
            case 0x00..<0x20:
                out.append(controlPicture(0x2400 + v))
            case 0x7F:
                out.append(controlPicture(0x2421))
            case 0x80...0x9F:
                appendEscape(v, to: &out)
            default:
                if ScalarTraits.isBidiControl(v) {
                    appendEscape(v, to: &out)
                } else if WidthTable.glibcWidth(v) < 0 {
                    out.append(contentsOf: DisplayWidth.placeholder.unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return givingLoneMarksABase(String(out))
    }

    /// Whether `sanitize` could change the text; errs towards yes.
    private static func needsWork(_ text: String) -> Bool {
        var clusterMayStart = true
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= 0x20 && v < 0x7F {
                clusterMayStart = false
                continue
            }
            if ScalarTraits.isControl(v) || ScalarTraits.isBidiControl(v) { return true }
            if WidthTable.glibcWidth(v) < 0 { return true }
            if clusterMayStart && ScalarTraits.isZeroWidthMark(scalar) { return true }
            clusterMayStart = ScalarTraits.mayEndCluster(scalar)
        }
        return false
    }

    private static func givingLoneMarksABase(_ text: String) -> String {
        var result = ""
        var changed = false
        for character in text {
            if let first = character.unicodeScalars.first, ScalarTraits.isZeroWidthMark(first) {
                if !changed {
                    result.reserveCapacity(text.utf8.count + 2)
                    changed = true
                }
                result.unicodeScalars.append("\u{A0}")
            }
            result.append(character)
        }
        return changed ? result : text
    }

    private static func controlPicture(_ v: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(v) ?? "\u{2426}"
    }

    /// `<U+XXXX>`, at least four upper-case hex digits.
    private static func appendEscape(_ v: UInt32, to out: inout String.UnicodeScalarView) {
        let hex = String(v, radix: 16, uppercase: true)
        out.append(contentsOf: "<U+".unicodeScalars)
        if hex.count < 4 { out.append(contentsOf: String(repeating: "0", count: 4 - hex.count).unicodeScalars) }
        out.append(contentsOf: hex.unicodeScalars)
        out.append(">")
    }
}
