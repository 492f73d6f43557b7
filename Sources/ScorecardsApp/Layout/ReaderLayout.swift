import ScorecardsCore
import ScorecardsGrid
import ScorecardsText

/// An article laid out for the reader at one size, a paragraph at a time: only the
/// paragraphs a page or a movement reaches are wrapped, so that opening, scrolling and `G`
/// cost the same on an article of five paragraphs and on one of twenty thousand. Each line
/// knows which text it starts, so scroll positions survive rewrapping. What needs the whole
/// article (line n of N) comes from its `ArticleMeasure`, worked out beside the event loop.
///
/// A value the reader's state holds (`ReaderState.layout`): the update lays out what a key
/// reaches, and after every event keeps exactly the paragraphs around the page and on the
/// last page (`settle`), so that drawing, and the next key of up to a page, only read it.
struct ReaderLayout: Equatable, Sendable {
    struct Line: Equatable, Sendable {
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

    /// A line of the article: line `line` of block `block`, where block 0 is the heading
    /// (margin, headline, scorecard and date, the blank line under them) and block p + 1 is
    /// paragraph p. Every block has at least one line.
    struct Place: Comparable, Hashable, Sendable {
        var block: Int
        var line: Int

        static func < (a: Place, b: Place) -> Bool { (a.block, a.line) < (b.block, b.line) }
    }

    /// Everything the lines are laid out from: the screen and the article as printed.
    struct Source: Equatable, Sendable {
        var size: Size
        var geometry: ReaderGeometry
        var headline: [String]
        /// The scorecard, the kind of article and the date (`B1 发展成绩单 · 导语 · 2018-01-15`);
        /// nil when the shown issue has no such article.
        var meta: String?
        var paragraphs: [String]

        /// What `reader` shows in `state`. Comparing two costs little while the article is
        /// the same: its arrays are shared, not copied.
        init(_ reader: ReaderState, _ state: AppState) {
            size = state.size
            geometry = ReaderLayout.geometry(width: state.size.width, settings: state.settings)
            if let article = ReaderUpdate.article(reader, state) {
                headline = article.headline
                meta = ReaderLayout.meta(state.issue, state.issue.scorecards[reader.scorecard], article, state.settings)
                paragraphs = article.paragraphs
            } else {
                headline = []
                meta = nil
                paragraphs = []
            }
        }
    }

    let source: Source
    /// The top row: the issue, the scorecard and the article's place in it.
    let header: Rect
    /// The rows the text scrolls in.
    let viewport: Rect
    /// The column the text starts at.
    let margin: Int
    var geometry: ReaderGeometry { source.geometry }
    private let heading: [Line]
    /// Paragraphs laid out, by number.
    private var laidOut: [Int: [Line]] = [:]
    /// The anchor `settle` last kept the paragraphs around; nil before it has run.
    private(set) var settledAt: ReaderAnchor?

    /// About 40 Chinese characters: a comfortable measure for reading Chinese.
    static let measure = 80
    /// Two ideographic spaces: the first-line indent of Chinese print.
    static let indent = "\u{3000}\u{3000}"

    /// What the wrapping of the reader's text depends on, for a screen `width` columns wide.
    static func geometry(width: Int, settings: Settings) -> ReaderGeometry {
        ReaderGeometry(measure: max(1, min(measure, width - 4)), ambiguous: settings.ambiguous,
                       punctuation: settings.punctuation)
    }

    /// The layout `reader` has in `state` when it is laid out from what the reader shows now,
    /// else a new one with only the heading laid out.
    static func current(_ reader: ReaderState, in state: AppState) -> ReaderLayout {
        let source = Source(reader, state)
        if let layout = reader.layout, layout.source == source { return layout }
        return ReaderLayout(source)
    }

    /// The layout of `reader` in `state` as the update leaves it: laid out around the page.
    static func settled(_ reader: ReaderState, in state: AppState) -> ReaderLayout {
        var layout = current(reader, in: state)
        if layout.settledAt != reader.anchor { layout.settle(at: reader.anchor) }
        return layout
    }

    init(_ source: Source) {
        self.source = source
        let size = source.size
        let rows = ScreenRows(size)
        header = rows.header
        viewport = rows.body
        let geometry = source.geometry
        let left = max(0, (size.width - geometry.measure) / 2)
        margin = left
        var lines: [Line] = [Line(text: "", role: .normal, x: left, anchor: .top)]
        guard let meta = source.meta else {
            heading = lines
            return
        }
        // The heading is not paragraph text: its rows are anchored by number.
        func add(_ text: String, _ role: Role, part: ArticlePart? = nil) {
            let safe = TerminalSafe.sanitize(text)
            var scalars = 0
            var previous = safe.startIndex
            for piece in Wrap.lines(safe, width: geometry.measure, ambiguous: geometry.ambiguous) {
                scalars += safe.unicodeScalars[previous..<piece.range.lowerBound].count
                previous = piece.range.lowerBound
                let x = left + max(0, (geometry.measure - piece.width) / 2)
                lines.append(Line(text: String(piece.text), role: role, x: x, anchor: .heading(row: lines.count),
                                  part: part, start: scalars))
            }
        }
        for (l, line) in source.headline.enumerated() {
            add(geometry.display(line), .headline, part: .headline(line: l))
        }
        add(meta, .meta)
        lines.append(Line(text: "", role: .normal, x: left, anchor: .heading(row: lines.count)))
        self.heading = lines
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

    // MARK: Blocks

    var blockCount: Int { 1 + source.paragraphs.count }
    var headingRows: Int { heading.count }
    var paragraphCount: Int { source.paragraphs.count }

    /// The lines of block `block`, laid out on first use and kept.
    mutating func lines(ofBlock block: Int) -> [Line] {
        if block == 0 { return heading }
        if let lines = laidOut[block - 1] { return lines }
        let lines = Self.lines(ofParagraph: block - 1, source: source, margin: margin)
        laidOut[block - 1] = lines
        return lines
    }

    /// Never an empty block: a paragraph with nothing to show still takes a row.
    private static func lines(ofParagraph p: Int, source: Source, margin: Int) -> [Line] {
        let lines = paragraphLines(source.paragraphs[p], p, x: margin, geometry: source.geometry)
        return lines.isEmpty
            ? [Line(text: "", role: .body, x: margin, anchor: .text(ArticlePosition(.paragraph(p))), part: .paragraph(p))]
            : lines
    }

    mutating func line(at place: Place) -> Line { lines(ofBlock: place.block)[place.line] }

    /// The paragraphs laid out, by number.
    var laidOutParagraphs: Set<Int> { Set(laidOut.keys) }

    // MARK: Settling

    /// Lays out the page at `anchor` and everything a movement of up to a page from it
    /// reaches (a page above it, a page below, the last page), and lets go of every other
    /// paragraph: what the update keeps after every event for the next key and the frame.
    /// What is kept depends only on the source and the anchor.
    mutating func settle(at anchor: ReaderAnchor) {
        let height = max(1, viewport.height)
        let top = topLine(for: anchor)
        var keep = Set<Int>()
        func hold(_ from: Place, _ to: Place) {
            guard to.block >= 1 else { return }
            for block in max(1, from.block)...to.block {
                _ = lines(ofBlock: block)
                keep.insert(block - 1)
            }
        }
        hold(advance(top, by: -height), advance(top, by: 2 * height - 1))
        hold(maxTop, end)
        laidOut = laidOut.filter { keep.contains($0.key) }
        settledAt = anchor
    }
}
