/// An open article. The scroll position is anchored to the text (a paragraph and an offset
/// in it), not to a row, so a resize rewraps the text and keeps the same words at the top.
public struct ReaderState: Equatable, Sendable {
    public var scorecard: Int
    public var article: Int
    public var anchor: ReaderAnchor = .top
    /// Highlighted stretches of text: a figure opened from the figures table, search matches.
    public var marks: [TextMark] = []

    public init(scorecard: Int, article: Int, anchor: ReaderAnchor = .top, marks: [TextMark] = []) {
        self.scorecard = scorecard
        self.article = article
        self.anchor = anchor
        self.marks = marks
    }
}

/// A highlighted stretch of an article: `block` as in `ReaderAnchor` (paragraph p is p + 1,
/// headline line l is block 0 with offsets counted over the joined headline), `range` in
/// Unicode scalars of that text.
public struct TextMark: Equatable, Sendable {
    public var block: Int
    public var range: Range<Int>
    public var current: Bool

    public init(block: Int, range: Range<Int>, current: Bool) {
        self.block = block
        self.range = range
        self.current = current
    }
}

/// A place in an article: `block` counts the headline block as 0 and paragraph p as p + 1;
/// `offset` is a Unicode-scalar offset into that block's text.
public struct ReaderAnchor: Equatable, Comparable, Sendable {
    public var block: Int
    public var offset: Int

    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }

    public static let top = ReaderAnchor(block: 0, offset: 0)

    /// Marks in headline line `line` use a negative block of their own, so the same mark
    /// type serves headlines and paragraphs.
    public static func headlineBlock(_ line: Int) -> Int { -1 - line }

    public static func < (a: ReaderAnchor, b: ReaderAnchor) -> Bool {
        (a.block, a.offset) < (b.block, b.offset)
    }
}
