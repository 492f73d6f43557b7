import CTerminalSupport
import ScorecardsText

/// What ncursesw measures characters with. The program defines `wcwidth`, which ncursesw
/// calls, and answers it from DisplayWidth's own table rather than the C library's: the
/// layout and the terminal then agree on every character whatever the C library's Unicode
/// version (glibc 2.38 knows ideographs the table leaves to the 〓 placeholder, and an older
/// one knows fewer). With ambiguous characters drawn wide, they count two columns.
public enum TerminalWidths {
    /// Before the screen is set up: from then on ncursesw measures as DisplayWidth does.
    public static func install(ambiguousWide: Bool) {
        let runs = DisplayWidth.scalarWidthRuns
        runs.starts.withUnsafeBufferPointer { starts in
            runs.widths.withUnsafeBufferPointer { widths in
                sct_set_widths(starts.baseAddress, widths.baseAddress, Int32(starts.count))
            }
        }
        let ranges = ambiguousWide ? DisplayWidth.ambiguousRangePairs : []
        ranges.withUnsafeBufferPointer { buffer in
            sct_set_ambiguous_wide(ambiguousWide ? 1 : 0, buffer.baseAddress, Int32(buffer.count / 2))
        }
    }

    /// The width ncursesw is given for the code point.
    public static func measure(_ codePoint: UInt32) -> Int {
        Int(sct_terminal_wcwidth(codePoint))
    }
}
