/// Search excerpts: a window of text around a match, every match inside it marked, ASCII
/// letters compared without case as `LIKE` and the trigram index do. Made here rather than
/// by FTS5's `snippet()` so that hits found by the index and by the scan look alike, and
/// terms matched by the scan are marked too. With several terms, the window that shows the
/// most different terms wins, the earliest among equals.
enum SnippetMaker {
    /// Characters shown either side of the anchoring match.
    static let context = 12

    static func snippet(_ body: String, terms: [String]) -> String {
        // Headline lines are joined by a full-width space.
        let text = body.unicodeScalars.map { $0 == "\n" ? "\u{3000}" : $0 }
        let needles = terms.map { Array($0.unicodeScalars).map(fold) }.filter { !$0.isEmpty }
        var matches: [(range: Range<Int>, term: Int)] = []
        var i = 0
        while i < text.count {
            if let term = needles.firstIndex(where: { matchesAt(text, i, $0) }) {
                matches.append((i..<i + needles[term].count, term))
                i += needles[term].count
            } else {
                i += 1
            }
        }
        guard !matches.isEmpty else { return String(String.UnicodeScalarView(text.prefix(2 * context))) }
        var best: (window: Range<Int>, terms: Int)?
        for anchor in matches {
            let window = max(0, anchor.range.lowerBound - context)..<min(text.count, anchor.range.upperBound + context)
            let shown = Set(matches.filter { window.contains($0.range.lowerBound) && $0.range.upperBound <= window.upperBound }
                .map(\.term)).count
            if best.map({ shown > $0.terms }) ?? true { best = (window, shown) }
        }
        guard let window = best?.window else { return "" }
        var out = String.UnicodeScalarView()
        if window.lowerBound > 0 { out.append(contentsOf: "…".unicodeScalars) }
        var position = window.lowerBound
        for match in matches where match.range.lowerBound >= window.lowerBound && match.range.upperBound <= window.upperBound {
            out.append(contentsOf: text[position..<match.range.lowerBound])
            out.append(contentsOf: SearchMarks.open.unicodeScalars)
            out.append(contentsOf: text[match.range])
            out.append(contentsOf: SearchMarks.close.unicodeScalars)
            position = match.range.upperBound
        }
        out.append(contentsOf: text[position..<window.upperBound])
        if window.upperBound < text.count { out.append(contentsOf: "…".unicodeScalars) }
        return String(out)
    }

    private static func matchesAt(_ text: [Unicode.Scalar], _ index: Int, _ needle: [Unicode.Scalar]) -> Bool {
        guard index + needle.count <= text.count else { return false }
        for offset in 0..<needle.count where fold(text[index + offset]) != needle[offset] { return false }
        return true
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
}
