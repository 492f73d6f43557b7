import ScorecardsCore
import ScorecardsGrid
import ScorecardsText

/// An article laid out for the reader at the current size: every line it will show, each
/// knowing which text it starts, so scroll positions survive rewrapping.
struct ReaderDocument {
    struct Line {
        var text: String
        var role: Role
        var x: Int
        /// Where the page starts when this line is its first.
        var anchor: ReaderAnchor
        /// Scalars at the start of `text` that are not the part's own (the paragraph indent).
        var lead = 0
        /// The part of the article the line shows; nil for lines that are not article text
        /// (margins, the scorecard and date).
        var part: ArticlePart?
        /// Scalar offset in that part of the first character after `lead`.
        var start = 0
    }

    var lines: [Line]
    /// The rows the text scrolls in.
    var viewport: Rect
    /// The column the text starts at.
    var margin = 0

    /// About 40 Chinese characters: a comfortable measure for reading Chinese.
    static let measure = 80
    /// Two ideographic spaces: the first-line indent of Chinese print.
    static let indent = "\u{3000}\u{3000}"

    static func build(state: AppState, reader: ReaderState) -> ReaderDocument {
        let size = state.size
        let viewport = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        guard state.issue.scorecards.indices.contains(reader.scorecard),
              state.issue.scorecards[reader.scorecard].articles.indices.contains(reader.article) else {
            return ReaderDocument(lines: [], viewport: viewport)
        }
        let card = state.issue.scorecards[reader.scorecard]
        let article = card.articles[reader.article]
        let settings = state.settings
        let measure = max(1, min(measure, size.width - 4))
        let left = max(0, (size.width - measure) / 2)
        var lines: [Line] = []
        // The heading is not paragraph text: its rows are anchored by number.
        func heading(_ text: String, _ role: Role, part: ArticlePart? = nil) {
            let safe = TerminalSafe.sanitize(text)
            var scalars = 0
            var previous = safe.startIndex
            for piece in Wrap.lines(safe, width: measure, ambiguous: settings.ambiguous) {
                scalars += safe.unicodeScalars[previous..<piece.range.lowerBound].count
                previous = piece.range.lowerBound
                let x = left + max(0, (measure - piece.width) / 2)
                lines.append(Line(text: String(piece.text), role: role, x: x, anchor: .heading(row: lines.count),
                                  part: part, start: scalars))
            }
        }
        lines.append(Line(text: "", role: .normal, x: left, anchor: .top))
        for (l, line) in article.headline.enumerated() {
            heading(settings.display(line), .headline, part: .headline(line: l))
        }
        heading(meta(state.issue, card, article, settings), .meta)
        lines.append(Line(text: "", role: .normal, x: left, anchor: .heading(row: lines.count)))
        for (p, paragraph) in article.paragraphs.enumerated() {
            let text = indent + TerminalSafe.sanitize(settings.display(paragraph))
            let indentScalars = indent.unicodeScalars.count
            var scalars = 0
            var previous = text.startIndex
            for piece in Wrap.lines(text, width: measure, ambiguous: settings.ambiguous) {
                scalars += text.unicodeScalars[previous..<piece.range.lowerBound].count
                previous = piece.range.lowerBound
                let offset = max(0, scalars - indentScalars)
                let lead = scalars < indentScalars ? indentScalars - scalars : 0
                lines.append(Line(text: String(piece.text), role: .body, x: left,
                                  anchor: .text(ArticlePosition(.paragraph(p), offset: offset)), lead: lead,
                                  part: .paragraph(p), start: offset))
            }
        }
        return ReaderDocument(lines: lines, viewport: viewport, margin: left)
    }

    /// `B1 发展成绩单 · 导语 · 2018-01-15`
    static func meta(_ issue: IssueDocument, _ card: Scorecard, _ article: Article, _ settings: Settings) -> String {
        var parts = [card.title]
        if article.kind == .lead { parts.append(settings.text(.lead)) }
        if let date = issue.date { parts.append(date) }
        return parts.joined(separator: " · ")
    }

    /// The columns of `mark` on line `i`, relative to the line's start, when it falls there.
    func columns(of mark: TextMark, onLine i: Int, ambiguous: AmbiguousWidth) -> Range<Int>? {
        let line = lines[i]
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

    /// The lines on the page that starts at `anchor`.
    func page(for anchor: ReaderAnchor) -> Range<Int> {
        let top = topLine(for: anchor)
        return top..<min(lines.count, top + max(0, viewport.height))
    }

    /// The paragraph `y` copies from the page at `anchor`: the one with the current match
    /// when that match is on the page, else the first paragraph that starts on the page, else
    /// the one running through the top of it; the headline when the page shows no paragraph.
    func copyTarget(_ reader: ReaderState) -> ArticlePart? {
        let page = page(for: reader.anchor)
        guard !page.isEmpty else { return nil }
        if let current = reader.currentMark,
           page.contains(where: { columns(of: reader.marks[current], onLine: $0, ambiguous: .narrow) != nil }) {
            return reader.marks[current].span.part
        }
        let paragraphs = page.filter { if case .paragraph = lines[$0].part { true } else { false } }
        if let starting = paragraphs.first(where: { $0 == 0 || lines[$0 - 1].part != lines[$0].part }) {
            return lines[starting].part
        }
        if let first = paragraphs.first { return lines[first].part }
        return page.compactMap { lines[$0].part }.first
    }

    /// The index of the line the anchor falls in: the last line starting at or before it.
    func lineIndex(of anchor: ReaderAnchor) -> Int {
        var low = 0, high = lines.count - 1, found = 0
        while low <= high {
            let mid = (low + high) / 2
            if lines[mid].anchor <= anchor { found = mid; low = mid + 1 } else { high = mid - 1 }
        }
        return found
    }

    var maxTop: Int { max(0, lines.count - viewport.height) }

    /// The first line shown for `anchor`. The anchor itself is left alone when the window
    /// grows past the end of the text, so shrinking it again returns to the same place.
    func topLine(for anchor: ReaderAnchor) -> Int {
        min(lineIndex(of: anchor), maxTop)
    }

    /// The anchor `delta` lines on from what is shown now, kept within the scrollable range.
    func anchor(scrolledBy delta: Int, from anchor: ReaderAnchor) -> ReaderAnchor {
        guard !lines.isEmpty else { return .top }
        let current = topLine(for: anchor)
        let target = max(0, min(maxTop, current + max(-lines.count, min(lines.count, delta))))
        return lines[target].anchor
    }
}
