/// One page of the issue: a 成绩单 with its lead headline and articles.
public struct Scorecard: Equatable, Sendable {
    /// `development`, `reform`, `party-building`, `stability`, or `scorecard-N` for others.
    public var id: String
    /// As printed, e.g. `发展成绩单`.
    public var name: String
    /// `B1` … as printed on the page marker; nil when the copy has none.
    public var page: String?
    /// The lead headline, one or two lines.
    public var headline: [String]
    /// The lead first, then each article in page order.
    public var articles: [Article]

    public init(id: String, name: String, page: String?, headline: [String], articles: [Article]) {
        self.id = id
        self.name = name
        self.page = page
        self.headline = headline
        self.articles = articles
    }

    /// `B1 发展成绩单`, the pane title.
    public var title: String { [page, name].compactMap { $0 }.joined(separator: " ") }
}
