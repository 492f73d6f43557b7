/// Reads the raw text a label is made from: the clause before a figure, or the noun
/// phrase after a count.
enum LabelReader {
    private static let openers: [Unicode.Scalar] = ["(", "（"]
    private static let closers: [Unicode.Scalar] = [")", "）"]
    private static let listMark: Unicode.Scalar = "、"

    /// Text from the clause start (or `lowerBound`, the end of the previous figure) to `end`.
    /// A parenthetical is left out ("各级党(工)委(组)组织中心组学习" → 各级党委组织中心组学习).
    static func before(end: Int, lowerBound: Int, in text: ScalarText) -> (scalars: [Unicode.Scalar], start: Int) {
        let floor = max(0, lowerBound)
        var collected: [Unicode.Scalar] = []
        var i = min(end, text.count) - 1
        scan: while i >= floor {
            let scalar = text.scalars[i]
            if scalar.isClauseBoundary || openers.contains(scalar) { break }
            if closers.contains(scalar) {
                var depth = 1
                var j = i - 1
                while j >= floor, depth > 0 {
                    if closers.contains(text.scalars[j]) { depth += 1 }
                    if openers.contains(text.scalars[j]) { depth -= 1 }
                    j -= 1
                }
                guard depth == 0 else { break scan }
                i = j
                continue
            }
            collected.append(scalar)
            i -= 1
        }
        return (collected.reversed(), i + 1)
    }

    /// The noun phrase after a count, up to a clause boundary, a parenthesis, the next figure,
    /// a 、 that separates figures, or the first predicate word.
    static func after(start: Int, nextFigureStart: Int?, in text: ScalarText) -> [Unicode.Scalar] {
        var collected: [Unicode.Scalar] = []
        var j = max(0, start)
        while let scalar = text[j] {
            if let next = nextFigureStart, j >= next { break }
            if scalar.isClauseBoundary || openers.contains(scalar) { break }
            // 、 right after the count or right before the next figure separates list items.
            if scalar == listMark, j == start || nextFigureStart == j + 1 { break }
            if text.firstMatch(in: LabelLexicon.predicateMarkers, at: j) != nil { break }
            collected.append(scalar)
            j += 1
        }
        return collected
    }
}
