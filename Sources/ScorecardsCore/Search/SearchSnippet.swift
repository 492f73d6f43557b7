/// A short excerpt of a hit's field around its first match.
public struct SearchSnippet: Equatable, Sendable {
    /// The excerpt, with "…" where the field was cut and line breaks shown as spaces.
    public var text: String
    /// Matches inside `text`, in `Character` offsets, for highlighting.
    public var highlights: [Range<Int>]

    public init(text: String, highlights: [Range<Int>]) {
        self.text = text
        self.highlights = highlights
    }
}

extension SearchResults {
    /// About `width` characters of the hit's field around its first match, with "…" at cut ends.
    public func snippet(for hit: SearchHit, width: Int = 30) -> String {
        highlightedSnippet(for: hit, width: width).text
    }

    /// `snippet(for:width:)` with the positions of the matches inside it.
    public func highlightedSnippet(for hit: SearchHit, width: Int = 30) -> SearchSnippet {
        guard let original = hits.storage.originalText(document: hit.document, field: hit.field) else {
            return SearchSnippet(text: "", highlights: [])
        }
        return SnippetBuilder.snippet(of: original, ranges: hit.ranges, width: max(1, width))
    }
}

enum SnippetBuilder {
    /// Share of the spare width shown before the match.
    private static let leadingShare = 3

    /// `byCluster` forces the general path (for tests of the shortcut).
    static func snippet(of text: String, ranges: [Range<Int>], width: Int, byCluster: Bool = false) -> SearchSnippet {
        // Work in characters (grapheme clusters) so a cut never splits one. In text whose
        // every scalar stands alone (Chinese, ASCII without CR) characters are scalars:
        // the same cut, made without finding cluster boundaries or copying the text.
        if !byCluster && text.unicodeScalars.allSatisfy({ Self.standsAlone($0.value) }) {
            return snippetByScalar(of: text, ranges: ranges, width: width)
        }
        var characters: [Character] = []
        var scalarStarts: [Int] = []
        var offset = 0
        for character in text {
            characters.append(character)
            scalarStarts.append(offset)
            offset += character.unicodeScalars.count
        }
        func characterIndex(ofScalar scalar: Int) -> Int {
            var low = 0
            var high = scalarStarts.count
            while high - low > 1 {
                let middle = (low + high) / 2
                if scalarStarts[middle] <= scalar { low = middle } else { high = middle }
            }
            return low
        }
        let matches = ranges.filter { !$0.isEmpty && $0.lowerBound >= 0 && $0.upperBound <= offset }
            .map { characterIndex(ofScalar: $0.lowerBound)..<(characterIndex(ofScalar: $0.upperBound - 1) + 1) }

        var start = 0
        if let first = matches.first {
            let spare = max(0, width - first.count)
            start = max(0, first.lowerBound - spare / leadingShare)
        }
        let end = min(characters.count, start + width)
        start = max(0, min(start, end - width))

        var excerpt = start > 0 ? "…" : ""
        let shift = start > 0 ? 1 : 0
        for character in characters[start..<end] {
            excerpt.append(character.isNewline || character == "\t" ? " " : character)
        }
        if end < characters.count { excerpt += "…" }
        let highlights = matches.compactMap { match -> Range<Int>? in
            let lower = max(match.lowerBound, start)
            let upper = min(match.upperBound, end)
            return lower < upper ? (lower - start + shift)..<(upper - start + shift) : nil
        }
        return SearchSnippet(text: excerpt, highlights: highlights)
    }

    /// `snippet` for text whose characters are its scalars: the same arithmetic on scalar
    /// offsets, and only the excerpt copied.
    private static func snippetByScalar(of text: String, ranges: [Range<Int>], width: Int) -> SearchSnippet {
        let scalars = text.unicodeScalars
        let count = scalars.count
        let matches = ranges.filter { !$0.isEmpty && $0.lowerBound >= 0 && $0.upperBound <= count }
        var start = 0
        if let first = matches.first {
            let spare = max(0, width - first.count)
            start = max(0, first.lowerBound - spare / leadingShare)
        }
        let end = min(count, start + width)
        start = max(0, min(start, end - width))

        var excerpt = String.UnicodeScalarView()
        if start > 0 { excerpt.append("…") }
        let shift = start > 0 ? 1 : 0
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(from, offsetBy: end - start)
        for scalar in scalars[from..<to] { excerpt.append(scalar == "\n" ? " " : scalar) }
        if end < count { excerpt.append("…") }
        let highlights = matches.compactMap { match -> Range<Int>? in
            let lower = max(match.lowerBound, start)
            let upper = min(match.upperBound, end)
            return lower < upper ? (lower - start + shift)..<(upper - start + shift) : nil
        }
        return SearchSnippet(text: String(excerpt), highlights: highlights)
    }

    /// Scalars that form a grapheme cluster of their own whatever their neighbours are:
    /// printable ASCII and LF (not CR, which joins a following LF), CJK ideographs, CJK
    /// and full-width punctuation, general punctuation (no joiners or marks among them).
    @inline(__always)
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A, 0x20...0x7E, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0x2010...0x2027, 0x2030...0x205E, 0xFF01...0xFF9D, 0xFFA0...0xFFEF:
            true
        default:
            false
        }
    }
}
