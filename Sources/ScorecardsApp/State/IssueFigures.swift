import ScorecardsCore

/// What the views need from the shown issue's figures, worked out once when it is shown
/// rather than on every frame.
public struct IssueFigures: Equatable, Sendable {
    /// Per scorecard, its key figures in order of importance.
    public var keyFigures: [[KeyFigure]]

    /// More than any pane shows; the strip takes as many as fit.
    static let keep = 12
    /// How many issues a sparkline reaches back over.
    static let span = 8

    /// The shown issue's figures; when other issues are open, each key figure's sparkline
    /// follows it across them.
    public init(_ issues: [IssueDocument], shown: Int) {
        let issue = issues[shown]
        keyFigures = issue.scorecards.map { KeyFigures.select(from: $0, reportYear: issue.reportYear, limit: Self.keep) }
        guard issues.count > 1 else { return }
        let history = FigureHistory(issues: Array(issues[max(0, shown - Self.span + 1)...shown]))
        for c in keyFigures.indices {
            let card = issue.scorecards[c].id
            for f in keyFigures[c].indices {
                if let series = history.series(for: keyFigures[c][f].metric, scorecard: card) {
                    keyFigures[c][f].series = series
                }
            }
        }
    }
}

/// A figure followed across issues: the same scorecard, the same full label, the same kind
/// and the same base unit (万元 and 亿元 are both 元), one point per issue, oldest first.
/// A label alone is not enough: 项目 on two pages, or a count and an amount of one label,
/// are different facts.
struct FigureHistory {
    private var values: [String: [Int: Double]] = [:]
    private let count: Int

    init(issues: [IssueDocument]) {
        count = issues.count
        for (i, issue) in issues.enumerated() {
            for card in issue.scorecards {
                for metric in card.articles.flatMap(\.metrics) where !metric.isChangeOnly && metric.sameAs == nil {
                    let key = Self.key(metric, scorecard: card.id)
                    // The first statement of a figure in an issue stands for it.
                    if values[key]?[i] == nil { values[key, default: [:]][i] = metric.normalizedValue }
                }
            }
        }
    }

    static func key(_ metric: Metric, scorecard: String) -> String {
        [scorecard, metric.label, metric.kind.rawValue, metric.parsedUnit.base].joined(separator: "|")
    }

    /// The last issues' values in the shown metric's own unit; an issue without the figure
    /// is a missing point, never an invented one. Nil when only one issue has it.
    func series(for metric: Metric, scorecard: String) -> FigureSeries? {
        guard let byIssue = values[Self.key(metric, scorecard: scorecard)], byIssue.count > 1 else { return nil }
        let scale = metric.parsedUnit.scale
        let points = (0..<count).map { i in
            SeriesPoint(year: nil, value: byIssue[i].map { $0 / (scale == 0 ? 1 : scale) })
        }
        return FigureSeries(points: points, unit: metric.unit, isRate: metric.isPercent)
    }
}
