/// An open article. The scroll position is anchored to the text (a paragraph and an offset
/// in it), not to a row, so a resize rewraps the text and keeps the same words at the top.
public struct ReaderState: Equatable, Sendable {
    public var scorecard: Int
    public var article: Int
    public var anchor: ReaderAnchor = .top

    public init(scorecard: Int, article: Int, anchor: ReaderAnchor = .top) {
        self.scorecard = scorecard
        self.article = article
        self.anchor = anchor
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

    public static func < (a: ReaderAnchor, b: ReaderAnchor) -> Bool {
        (a.block, a.offset) < (b.block, b.offset)
    }
}
