public enum ArticleKind: String, Equatable, Sendable {
    case lead, article
}

/// A headline (one or two printed lines) and its paragraphs.
public struct Article: Equatable, Sendable {
    /// Stable: `<scorecard id>/<index>`, the lead being 0.
    public var id: String
    public var kind: ArticleKind
    public var headline: [String]
    public var paragraphs: [String]
    public var metrics: [Metric]

    public init(id: String, kind: ArticleKind, headline: [String], paragraphs: [String], metrics: [Metric] = []) {
        self.id = id
        self.kind = kind
        self.headline = headline
        self.paragraphs = paragraphs
        self.metrics = metrics
    }

    /// Two-line headlines joined for a single line of a list: the lines are separate
    /// thoughts in print, so a full-width space keeps them apart without punctuation.
    public var joinedHeadline: String { headline.joined(separator: "　") }

    public func metricID(_ index: Int) -> String { "\(id)/m\(index)" }
}
