import ScorecardsCore

/// An open article. The scroll position is anchored to the text, not to a row, so a resize
/// rewraps the text and keeps the same words at the top.
public struct ReaderState: Equatable, Sendable {
    public var scorecard: Int
    public var article: Int
    public var anchor: ReaderAnchor = .top
    /// Highlighted stretches of text: a figure opened from the figures table, search matches.
    public var marks: [TextMark] = []
    /// What `/` looked for in this article; nil when the marks came from elsewhere.
    public var find: String?

    public init(scorecard: Int, article: Int, anchor: ReaderAnchor = .top, marks: [TextMark] = []) {
        self.scorecard = scorecard
        self.article = article
        self.anchor = anchor
        self.marks = marks
    }

    /// The mark n and N stand on.
    public var currentMark: Int? { marks.firstIndex { $0.current } }
}

/// A highlighted stretch of an article; the current one (of n/N) is drawn stronger.
public struct TextMark: Equatable, Sendable {
    public var span: ArticleSpan
    public var current: Bool

    public init(_ span: ArticleSpan, current: Bool = false) {
        self.span = span
        self.current = current
    }
}

/// Where the reader's page starts: a row of the heading it draws above the text (headline,
/// scorecard and date, which are not paragraphs), or a place in the paragraphs.
public enum ReaderAnchor: Hashable, Comparable, Sendable {
    case heading(row: Int)
    case text(ArticlePosition)

    public static let top = ReaderAnchor.heading(row: 0)
}
