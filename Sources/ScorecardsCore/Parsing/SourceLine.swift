/// A line of the file as the parser sees it: trimmed text, and where it came from.
struct SourceLine {
    /// 1-based.
    var number: Int
    /// The line as it stands in the file (for error carets).
    var original: Substring
    /// Without leading/trailing whitespace, ideographic spaces and NBSP included.
    var text: Substring
    /// 1-based column (in characters) where `text` starts in `original`.
    var column: Int

    init(number: Int, original: Substring) {
        self.number = number
        self.original = original
        var start = original.startIndex
        var column = 1
        while start < original.endIndex, original[start].isWhitespace {
            start = original.index(after: start)
            column += 1
        }
        var end = original.endIndex
        while end > start, original[original.index(before: end)].isWhitespace {
            end = original.index(before: end)
        }
        self.text = original[start..<end]
        self.column = column
    }

    /// Splits normalised text (LF only) into lines, numbered from 1.
    static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var number = 1
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(SourceLine(number: number, original: raw))
            number += 1
        }
        return lines
    }
}
