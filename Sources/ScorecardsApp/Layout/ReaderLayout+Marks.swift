import ScorecardsCore
import ScorecardsText

/// Marks on the page, the paragraph `y` copies, and the position in the whole article.
extension ReaderLayout {
    /// The columns of `mark` on `line`, relative to the line's start, when it falls there.
    static func columns(of mark: TextMark, on line: Line, ambiguous: AmbiguousWidth) -> Range<Int>? {
        guard let part = line.part, part == mark.span.part else { return nil }
        let scalars = Array(line.text.unicodeScalars)
        let start = line.start, end = start + scalars.count - line.lead
        let low = max(start, mark.span.range.lowerBound), high = min(end, mark.span.range.upperBound)
        guard low < high else { return nil }
        func width(_ count: Int) -> Int {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[0..<max(0, min(scalars.count, count))])
            return DisplayWidth.of(String(view), ambiguous: ambiguous)
        }
        let from = width(line.lead + low - start), to = width(line.lead + high - start)
        return from..<to
    }

    /// The marks that fall in `part`, from marks kept in reading order (`TextMark.sorted`):
    /// found by halving, as an article can have tens of thousands.
    static func marks(_ marks: [TextMark], in part: ArticlePart) -> ArraySlice<TextMark> {
        let low = marks.partitionPoint { $0.span.part < part }
        return marks[low..<max(low, marks.partitionPoint { $0.span.part <= part })]
    }

    /// The paragraph `y` copies from the page at `reader`'s anchor: the one with the current
    /// match when that match is on the page, else the first paragraph that starts on the
    /// page, else the one running through the top of it; the headline when the page shows
    /// no paragraph. The reader marks it in the margin, and `y` copies it.
    mutating func copyTarget(_ reader: ReaderState) -> ArticlePart? {
        let page = page(for: reader.anchor)
        guard !page.isEmpty else { return nil }
        if let current = reader.currentMark,
           page.contains(where: { Self.columns(of: reader.marks[current], on: line(at: $0), ambiguous: .narrow) != nil }) {
            return reader.marks[current].span.part
        }
        let paragraphs = page.filter { $0.block > 0 }
        if let starting = paragraphs.first(where: { $0.line == 0 }) {
            return line(at: starting).part
        }
        if let first = paragraphs.first { return line(at: first).part }
        return page.compactMap { line(at: $0).part }.first
    }

    // MARK: Position

    /// The line's number in the whole article (0-based), when the article's measure is known.
    func index(of place: Place, measure: ArticleMeasure) -> Int {
        place.block == 0 ? place.line : headingRows + measure.linesBefore(paragraph: place.block - 1) + place.line
    }

    /// How many lines the whole article takes, when its measure is known.
    func lineCount(measure: ArticleMeasure) -> Int { headingRows + measure.totalLines }
}
