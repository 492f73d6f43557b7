import ScorecardsCore

/// An open article. The scroll position is anchored to the text, not to a row, so a resize
/// rewraps the text and keeps the same words at the top.
public struct ReaderState: Equatable, Sendable {
    public var scorecard: Int
    public var article: Int
    public var anchor: ReaderAnchor = .top
    /// Highlighted stretches of text: a figure opened from the figures table, search matches;
    /// in reading order.
    public var marks: [TextMark] = []
    /// What `/` looked for in this article; nil when the marks came from elsewhere.
    public var find: String?
    /// A find typed and not yet answered (it runs beside the loop); its marks replace
    /// these when it is.
    public var pendingFind: PendingFind?
    /// The article laid out around the page, at the size and with the settings in effect:
    /// derived from the article and the anchor, worked out by the update after every event
    /// that changes them (`Normalise`), and only read by drawing. Nil until then.
    var layout: ReaderLayout?

    public init(scorecard: Int, article: Int, anchor: ReaderAnchor = .top, marks: [TextMark] = []) {
        self.scorecard = scorecard
        self.article = article
        self.anchor = anchor
        self.marks = marks
    }

    /// The mark n and N stand on.
    public var currentMark: Int? { marks.firstIndex { $0.current } }
}

/// A find in the article being worked out: the query, where reading stood when the prompt
/// opened (the first match after it becomes current), and whether Enter was pressed.
public struct PendingFind: Equatable, Sendable {
    public var query: String
    public var from: ReaderAnchor
    public var accepted = false

    public init(query: String, from: ReaderAnchor, accepted: Bool = false) {
        self.query = query
        self.from = from
        self.accepted = accepted
    }
}

/// A highlighted stretch of an article; the current one (of n/N) is drawn stronger.
public struct TextMark: Equatable, Sendable {
    public var span: ArticleSpan
    public var current: Bool

    public init(_ span: ArticleSpan, current: Bool = false) {
        self.span = span
        self.current = current
    }

    /// Marks in reading order, as the reader keeps them: the page finds its own by halving.
    static func sorted(_ marks: [TextMark]) -> [TextMark] {
        marks.sorted { ($0.span.start, $0.span.range.upperBound) < ($1.span.start, $1.span.range.upperBound) }
    }
}

/// Where the reader's page starts: a row of the heading it draws above the text (headline,
/// scorecard and date, which are not paragraphs), or a place in the paragraphs.
public enum ReaderAnchor: Hashable, Comparable, Sendable {
    case heading(row: Int)
    case text(ArticlePosition)

    public static let top = ReaderAnchor.heading(row: 0)
}
