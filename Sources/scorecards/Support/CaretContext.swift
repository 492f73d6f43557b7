import ScorecardsText

/// The offending line of a file with a caret under the column, the way compilers show it.
/// The caret is placed by display width, so it sits under the right character even after
/// a run of Chinese characters.
enum CaretContext {
    static func lines(text: String, line: Int, column: Int) -> [String] {
        let safe = TerminalSafe.sanitize(text)
        let shown = Truncate.toWidth(safe, 100, ambiguous: .narrow)
        let before = String(safe.prefix(max(0, column - 1)))
        let gutter = "\(line) | "
        let pad = String(repeating: " ", count: DisplayWidth.of(before, ambiguous: .narrow))
        return [
            "  " + gutter + shown,
            "  " + String(repeating: " ", count: gutter.count - 2) + "| " + pad + "^",
        ]
    }
}
