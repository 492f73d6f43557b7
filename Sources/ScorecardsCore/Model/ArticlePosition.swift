/// Which text of an article: one line of its headline, or one of its paragraphs. The one way
/// the program names a part of an article: search hits, the reader, copying, reading memory
/// and library hits all use it, converting only where they meet another format.
public enum ArticlePart: Hashable, Comparable, Sendable {
    /// Index into the article's headline lines.
    case headline(line: Int)
    /// Index into the article's paragraphs.
    case paragraph(Int)

    public var isHeadline: Bool {
        if case .headline = self { return true }
        return false
    }

    /// The part's text in `article`, nil when the article has no such part.
    public func text(in article: Article) -> String? {
        switch self {
        case .headline(let line): article.headline.indices.contains(line) ? article.headline[line] : nil
        case .paragraph(let p): article.paragraphs.indices.contains(p) ? article.paragraphs[p] : nil
        }
    }
}

/// A place in an article's text: a part and an offset into it in Unicode scalars. Headline
/// places come before paragraph places, and places in one part follow the offset.
public struct ArticlePosition: Hashable, Comparable, Sendable {
    public var part: ArticlePart
    public var offset: Int

    public init(_ part: ArticlePart, offset: Int = 0) {
        self.part = part
        self.offset = offset
    }

    public static func < (a: ArticlePosition, b: ArticlePosition) -> Bool {
        (a.part, a.offset) < (b.part, b.offset)
    }
}

/// A stretch of an article's text: a part and a range of Unicode scalars in it.
public struct ArticleSpan: Hashable, Sendable {
    public var part: ArticlePart
    public var range: Range<Int>

    public init(_ part: ArticlePart, _ range: Range<Int>) {
        self.part = part
        self.range = range
    }

    public var start: ArticlePosition { ArticlePosition(part, offset: range.lowerBound) }
}

extension SearchField {
    /// The part of the article the hit lies in.
    public var part: ArticlePart {
        switch self {
        case .headline(let line): .headline(line: line)
        case .body(let paragraph): .paragraph(paragraph)
        }
    }
}

extension MetricSource {
    /// Where in its article the figure is written.
    public var articleSpan: ArticleSpan { ArticleSpan(.paragraph(paragraph), span) }
}
