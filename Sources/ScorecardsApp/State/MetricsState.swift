/// How the figures table is ordered.
public enum MetricSort: String, CaseIterable, Equatable, Sendable {
    /// As the figures stand in the issue.
    case source
    /// Largest rise first, falls last, figures without a change at the end.
    case change
    /// Largest first, compared in their base unit (亿元 and 万元 both as 元).
    case value
}

/// The figures view (m): every figure of the focused scorecard, or of all of them.
public struct MetricsState: Equatable, Sendable {
    public var scorecard: Int
    public var allScorecards = false
    public var sort: MetricSort = .source
    /// What the rows are filtered by (typed in the filter prompt).
    public var filter = ""
    public var selection = 0
    public var scroll = 0
    /// The rows these choices make of the figures: derived data, worked out by the
    /// update whenever a choice or the catalogue changes (`Normalise`).
    var table = FigureTable()

    public init(scorecard: Int) {
        self.scorecard = scorecard
    }
}
