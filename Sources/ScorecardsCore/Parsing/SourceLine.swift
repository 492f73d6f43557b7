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

    /// Trims by Unicode scalar, which is enough for whitespace (a whitespace scalar is its
    /// own character) and far cheaper than walking grapheme clusters.
    init(number: Int, original: Substring) {
        self.number = number
        self.original = original
        let scalars = original.unicodeScalars
        var start = scalars.startIndex
        var column = 1
        while start < scalars.endIndex, scalars[start].properties.isWhitespace {
            start = scalars.index(after: start)
            column += 1
        }
        var end = scalars.endIndex
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace {
            end = scalars.index(before: end)
        }
        self.text = original[start..<end]
        self.column = column
    }

    /// Splits normalised text (LF only) into lines, numbered from 1, on the UTF-8 bytes.
    /// The line ends are found in the bytes themselves where the string keeps them in one
    /// buffer (always, for text the decoder made): stepping a `String.UTF8View` index costs
    /// tens of instructions a byte.
    static func split(_ text: String) -> [SourceLine] {
        let utf8 = text.utf8
        let lineEnds: [Int]? = utf8.withContiguousStorageIfAvailable { bytes in
            var found: [Int] = []
            for offset in 0..<bytes.count where bytes[offset] == 10 { found.append(offset) }
            return found
        }
        guard let lineEnds else { return splitByIndex(text) }
        var lines: [SourceLine] = []
        lines.reserveCapacity(lineEnds.count + 1)
        var start = utf8.startIndex
        for (k, offset) in lineEnds.enumerated() {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(SourceLine(number: k + 1, original: text[start..<end]))
            start = utf8.index(after: end)
        }
        lines.append(SourceLine(number: lineEnds.count + 1, original: text[start..<utf8.endIndex]))
        return lines
    }

    private static func splitByIndex(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var number = 1
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = utf8.startIndex
        while i < utf8.endIndex {
            if utf8[i] == 10 {
                lines.append(SourceLine(number: number, original: text[start..<i]))
                number += 1
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        lines.append(SourceLine(number: number, original: text[start..<utf8.endIndex]))
        return lines
    }
}
