/// One issue of the supplement: its masthead facts and its scorecards in page order.
///
/// Text is kept exactly as printed (after NFC normalisation and trimming); display
/// transformations such as full-width punctuation happen in the views, never here.
public struct IssueDocument: Equatable, Sendable {
    public var title: String?
    public var publication: String?
    public var number: String?
    /// ISO 8601 (`2018-01-15`).
    public var date: String?
    public var source: String?
    public var scorecards: [Scorecard]

    public init(
        title: String? = nil, publication: String? = nil, number: String? = nil,
        date: String? = nil, source: String? = nil, scorecards: [Scorecard] = []
    ) {
        self.title = title
        self.publication = publication
        self.number = number
        self.date = date
        self.source = source
        self.scorecards = scorecards
    }

    /// Every article of every scorecard, in page order.
    public var allArticles: [Article] { scorecards.flatMap(\.articles) }

    /// The year the issue reports on. These supplements look back on the year before
    /// the one they are published in (2018年第1期 reports 2017).
    public var reportYear: Int? {
        if let date, let year = Int(date.prefix(4)) { return year - 1 }
        return nil
    }

    public func article(id: String) -> Article? {
        for card in scorecards { if let a = card.articles.first(where: { $0.id == id }) { return a } }
        return nil
    }

    public func scorecard(containing articleID: String) -> Scorecard? {
        scorecards.first { $0.articles.contains { $0.id == articleID } }
    }
}

extension Array where Element == IssueDocument {
    /// Oldest first by date; issues without a date first, and equal dates in their given order.
    public func sortedByDate() -> [IssueDocument] {
        enumerated().sorted { ($0.element.date ?? "", $0.offset) < ($1.element.date ?? "", $1.offset) }.map(\.element)
    }
}
