import ScorecardsCore

/// What the views need from an issue's figures, worked out once when the issue is opened
/// rather than on every frame.
public struct IssueFigures: Equatable, Sendable {
    /// Per scorecard, its key figures in order of importance.
    public var keyFigures: [[KeyFigure]]
    /// Per scorecard and article, figures shared out over named categories (马上办、网上办…).
    public var categoryGroups: [[[MetricSeries.CategoryGroup]]]

    /// More than any pane shows; the strip takes as many as fit.
    static let keep = 12

    public init(_ issue: IssueDocument) {
        keyFigures = issue.scorecards.map { KeyFigures.select(from: $0, reportYear: issue.reportYear, limit: Self.keep) }
        categoryGroups = issue.scorecards.map { card in
            card.articles.map { MetricSeries.categoryGroups(paragraphs: $0.paragraphs).filter { !$0.isChange } }
        }
    }
}
