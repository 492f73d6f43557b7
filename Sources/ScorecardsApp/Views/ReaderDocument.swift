import ScorecardsCore
import ScorecardsGrid
import ScorecardsText

/// An article laid out for the reader at the current size, a paragraph at a time: only the
/// paragraphs a page or a movement reaches are wrapped, so that opening, scrolling and `G`
/// cost the same on an article of five paragraphs and on one of twenty thousand. Each line
/// knows which text it starts, so scroll positions survive rewrapping. What needs the whole
/// article (line n of N) comes from its `ArticleMeasure`, worked out beside the event loop.
struct ReaderDocument {
    struct Line: Equatable {
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

    /// A line of the document: line `line` of block `block`, where block 0 is the heading
    /// (margin, headline, scorecard and date, the blank line under them) and block p + 1 is
    /// paragraph p. Every block has at least one line.
    struct Place: Comparable, Hashable {
        var block: Int
        var line: Int

        static func < (a: Place, b: Place) -> Bool { (a.block, a.line) < (b.block, b.line) }
    }

    /// The rows the text scrolls in.
    let viewport: Rect
    /// The column the text starts at.
    let margin: Int
    let geometry: ReaderGeometry
    private let heading: [Line]
    private let paragraphs: [String]
    /// Paragraphs laid out lately, shared by every update and frame.
    private let cache: ParagraphCache

    /// About 40 Chinese characters: a comfortable measure for reading Chinese.
    static let measure = 80
    /// Two ideographic spaces: the first-line indent of Chinese print.
    static let indent = "\u{3000}\u{3000}"

    /// What the wrapping of the reader's text depends on, for a screen `width` columns wide.
    static func geometry(width: Int, settings: Settings) -> ReaderGeometry {
        ReaderGeometry(measure: max(1, min(measure, width - 4)), ambiguous: settings.ambiguous,
                       punctuation: settings.punctuation)
    }

    static func build(state: AppState, reader: ReaderState) -> ReaderDocument {
        let size = state.size
        let viewport = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        let geometry = geometry(width: size.width, settings: state.settings)
        let left = max(0, (size.width - geometry.measure) / 2)
        guard let article = ReaderUpdate.article(reader, state) else {
            return ReaderDocument(viewport: viewport, margin: left, geometry: geometry,
                                  heading: [Line(text: "", role: .normal, x: left, anchor: .top)], paragraphs: [],
                                  cache: state.paragraphCache)
        }
        let card = state.issue.scorecards[reader.scorecard]
        let settings = state.settings
        var lines: [Line] = []
        // The heading is not paragraph text: its rows are anchored by number.
        func heading(_ text: String, _ role: Role, part: ArticlePart? = nil) {
            let safe = TerminalSafe.sanitize(text)
            var scalars = 0
            var previous = safe.startIndex
            for piece in Wrap.lines(safe, width: geometry.measure, ambiguous: settings.ambiguous) {
                scalars += safe.unicodeScalars[previous..<piece.range.lowerBound].count
                previous = piece.range.lowerBound
                let x = left + max(0, (geometry.measure - piece.width) / 2)
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
        return ReaderDocument(viewport: viewport, margin: left, geometry: geometry, heading: lines,
                              paragraphs: article.paragraphs, cache: state.paragraphCache)
    }

    private init(viewport: Rect, margin: Int, geometry: ReaderGeometry, heading: [Line], paragraphs: [String],
                 cache: ParagraphCache) {
        self.viewport = viewport
        self.margin = margin
        self.geometry = geometry
        self.heading = heading
        self.paragraphs = paragraphs
        self.cache = cache
    }

    /// The lines of paragraph `p` of an article, as the reader shows them: indented, with
    /// the display's punctuation, wrapped by the Chinese rules at the geometry's measure.
    /// The reader's pages and the article's measure both come from here.
    static func paragraphLines(_ paragraph: String, _ p: Int, x: Int, geometry: ReaderGeometry) -> [Line] {
        let text = indent + TerminalSafe.sanitize(geometry.display(paragraph))
        let indentScalars = indent.unicodeScalars.count
        var lines: [Line] = []
        var scalars = 0
        var previous = text.startIndex
        for piece in Wrap.lines(text, width: geometry.measure, ambiguous: geometry.ambiguous) {
            scalars += text.unicodeScalars[previous..<piece.range.lowerBound].count
            previous = piece.range.lowerBound
            let offset = max(0, scalars - indentScalars)
            let lead = scalars < indentScalars ? indentScalars - scalars : 0
            lines.append(Line(text: String(piece.text), role: .body, x: x,
                              anchor: .text(ArticlePosition(.paragraph(p), offset: offset)), lead: lead,
                              part: .paragraph(p), start: offset))
        }
        return lines
    }

    /// `B1 发展成绩单 · 导语 · 2018-01-15`
    static func meta(_ issue: IssueDocument, _ card: Scorecard, _ article: Article, _ settings: Settings) -> String {
        var parts = [card.title]
        if article.kind == .lead { parts.append(settings.text(.lead)) }
        if let date = issue.date { parts.append(date) }
        return parts.joined(separator: " · ")
    }

    // MARK: Blocks and places

    var blockCount: Int { 1 + paragraphs.count }
    var headingRows: Int { heading.count }
    var paragraphCount: Int { paragraphs.count }

    /// The lines of block `block`, laid out on first use.
    func lines(ofBlock block: Int) -> [Line] {
        if block == 0 { return heading }
        let p = block - 1
        let key = ParagraphCache.Key(text: paragraphs[p], paragraph: p, geometry: geometry, margin: margin)
        return cache.lines(key) {
            let lines = Self.paragraphLines(paragraphs[p], p, x: margin, geometry: geometry)
            // Never an empty block: a paragraph with nothing to show still takes a row.
            return lines.isEmpty
                ? [Line(text: "", role: .body, x: margin, anchor: .text(ArticlePosition(.paragraph(p))), part: .paragraph(p))]
                : lines
        }
    }

    func line(at place: Place) -> Line { lines(ofBlock: place.block)[place.line] }

    var start: Place { Place(block: 0, line: 0) }
    var end: Place {
        let last = blockCount - 1
        return Place(block: last, line: lines(ofBlock: last).count - 1)
    }

    /// The line the anchor falls in: the last line starting at or before it.
    func place(of anchor: ReaderAnchor) -> Place {
        switch anchor {
        case .heading(let row):
            return Place(block: 0, line: max(0, min(row, heading.count - 1)))
        case .text(let position):
            guard case .paragraph(let p) = position.part else {
                // A place in the headline: the headline is drawn in the heading.
                return Place(block: 0, line: heading.count - 1)
            }
            if p < 0 { return Place(block: 0, line: heading.count - 1) }
            if p >= paragraphs.count { return end }
            let lines = lines(ofBlock: p + 1)
            let line = lines.lastIndex { $0.start <= position.offset } ?? 0
            return Place(block: p + 1, line: line)
        }
    }

    /// `place` moved `delta` lines on (back when negative), stopping at the first and the
    /// last line. Wraps only the paragraphs it passes through.
    func advance(_ place: Place, by delta: Int) -> Place {
        var place = place
        var left = abs(delta)
        if delta > 0 {
            while left > 0 {
                let count = lines(ofBlock: place.block).count
                let room = count - 1 - place.line
                if left <= room { place.line += left; break }
                guard place.block + 1 < blockCount else { place.line = count - 1; break }
                left -= room + 1
                place = Place(block: place.block + 1, line: 0)
            }
        } else {
            while left > 0 {
                if left <= place.line { place.line -= left; break }
                guard place.block > 0 else { place.line = 0; break }
                left -= place.line + 1
                place = Place(block: place.block - 1, line: lines(ofBlock: place.block - 1).count - 1)
            }
        }
        return place
    }

    /// The lines from `place` to the end, at most `limit` of them.
    func places(from place: Place, limit: Int) -> [Place] {
        var result: [Place] = []
        var place = place
        while result.count < limit {
            let count = lines(ofBlock: place.block).count
            while place.line < count, result.count < limit {
                result.append(place)
                place.line += 1
            }
            guard place.block + 1 < blockCount else { break }
            place = Place(block: place.block + 1, line: 0)
        }
        return result
    }

    // MARK: Pages

    /// The first line of the last page: the page that ends with the article's last line.
    var maxTop: Place { advance(end, by: -(max(1, viewport.height) - 1)) }

    /// The first line shown for `anchor`. The anchor itself is left alone when the window
    /// grows past the end of the text, so shrinking it again returns to the same place.
    func topLine(for anchor: ReaderAnchor) -> Place {
        min(place(of: anchor), maxTop)
    }

    /// The lines on the page that starts at `anchor`.
    func page(for anchor: ReaderAnchor) -> [Place] {
        places(from: topLine(for: anchor), limit: max(0, viewport.height))
    }

    /// The anchor `delta` lines on from what is shown now, kept within the scrollable range.
    func anchor(scrolledBy delta: Int, from anchor: ReaderAnchor) -> ReaderAnchor {
        let top = topLine(for: anchor)
        let target = delta > 0 ? min(advance(top, by: delta), maxTop) : advance(top, by: delta)
        return line(at: target).anchor
    }

    /// The anchor of the last page.
    var bottomAnchor: ReaderAnchor { line(at: maxTop).anchor }

    /// A scroll position with `position` `above` lines below the top of the page.
    func anchor(showing position: ArticlePosition, above: Int) -> ReaderAnchor {
        line(at: advance(place(of: .text(position)), by: -above)).anchor
    }

    // MARK: Marks and copying

    /// The columns of `mark` on `line`, relative to the line's start, when it falls there.
    func columns(of mark: TextMark, on line: Line, ambiguous: AmbiguousWidth) -> Range<Int>? {
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
        func first(_ after: (ArticlePart) -> Bool) -> Int {
            var low = 0, high = marks.count
            while low < high {
                let mid = (low + high) / 2
                if after(marks[mid].span.part) { high = mid } else { low = mid + 1 }
            }
            return low
        }
        let low = first { $0 >= part }
        return marks[low..<max(low, first { $0 > part })]
    }

    /// The paragraph `y` copies from the page at `anchor`: the one with the current match
    /// when that match is on the page, else the first paragraph that starts on the page, else
    /// the one running through the top of it; the headline when the page shows no paragraph.
    func copyTarget(_ reader: ReaderState) -> ArticlePart? {
        let page = page(for: reader.anchor)
        guard !page.isEmpty else { return nil }
        if let current = reader.currentMark,
           page.contains(where: { columns(of: reader.marks[current], on: line(at: $0), ambiguous: .narrow) != nil }) {
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
        place.block == 0 ? place.line : heading.count + measure.linesBefore(paragraph: place.block - 1) + place.line
    }

    /// How many lines the whole article takes, when its measure is known.
    func lineCount(measure: ArticleMeasure) -> Int { heading.count + measure.totalLines }
}
