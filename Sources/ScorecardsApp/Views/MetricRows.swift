import ScorecardsCore
import Synchronization

/// One line of the figures table.
struct MetricRow: Equatable {
    var scorecard: Int
    var article: Int
    var index: Int
    var metric: Metric
    var asWritten: String
    var headline: String
}

enum MetricRows {
    /// The rows of the table `metrics` describes in `state`: worked out once for the issue,
    /// scope, sort and filter, and taken from `state.metricRows` by the update, the frame and
    /// the prompt alike, so a key on a table of twenty thousand figures builds it once at most.
    static func rows(_ state: AppState, _ metrics: MetricsState) -> [MetricRow] {
        state.metricRows.rows(state.issue, metrics, settings: state.settings)
    }

    static func rows(_ issue: IssueDocument, _ state: MetricsState, settings: Settings) -> [MetricRow] {
        var rows: [MetricRow] = []
        for (c, card) in issue.scorecards.enumerated() where state.allScorecards || c == state.scorecard {
            for (a, article) in card.articles.enumerated() where !article.metrics.isEmpty {
                let headline = settings.display(article.joinedHeadline)
                // One fact, one row: a restatement shows only on a page the first statement
                // is not on, so each scorecard still lists every figure it prints.
                for (m, metric) in article.metrics.enumerated()
                where metric.sameAs.map { !state.allScorecards && !$0.hasPrefix(card.id + "/") } ?? true {
                    rows.append(MetricRow(scorecard: c, article: a, index: m, metric: metric,
                                          asWritten: KeyFigures.asWritten(metric, in: article), headline: headline))
                }
            }
        }
        rows = FigureFilter.keep(rows, query: state.filter)
        switch state.sort {
        case .source:
            break
        case .change:
            rows = stableSorted(rows) { a, b in
                switch (a.metric.changePercent, b.metric.changePercent) {
                case let (x?, y?): x > y
                case (.some, nil): true
                default: false
                }
            }
        case .value:
            // Units read once a row, not at every comparison.
            let keys = rows.map { (base: $0.metric.parsedUnit.base, value: $0.metric.normalizedValue) }
            let order = stableSorted(Array(rows.indices)) { a, b in
                // Only like with like: group by base unit, largest first within it.
                if keys[a].base != keys[b].base { return keys[a].base < keys[b].base }
                return keys[a].value > keys[b].value
            }
            rows = order.map { rows[$0] }
        }
        return rows
    }

    private static func stableSorted<Row>(_ rows: [Row], by less: (Row, Row) -> Bool) -> [Row] {
        rows.enumerated().sorted { a, b in
            if less(a.element, b.element) { return true }
            if less(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// The figures table's rows last worked out, with what they were worked out from: a memo
/// that changes no answer (any two are equal), shared by the states of a session.
public final class MetricRowsMemo: Equatable, Sendable {
    private struct Entry {
        var issue: IssueDocument
        var scorecard: Int
        var allScorecards: Bool
        var sort: MetricSort
        var filter: String
        var settings: Settings
        var rows: [MetricRow]
    }

    private let last = Mutex<Entry?>(nil)

    public init() {}

    public static func == (a: MetricRowsMemo, b: MetricRowsMemo) -> Bool { true }

    func rows(_ issue: IssueDocument, _ metrics: MetricsState, settings: Settings) -> [MetricRow] {
        // Comparing the issue costs little when it is the same one: its arrays are shared.
        if let entry = last.withLock({ $0 }), entry.scorecard == metrics.scorecard, entry.allScorecards == metrics.allScorecards,
           entry.sort == metrics.sort, entry.filter == metrics.filter, entry.settings == settings, entry.issue == issue {
            return entry.rows
        }
        let rows = MetricRows.rows(issue, metrics, settings: settings)
        last.withLock {
            $0 = Entry(issue: issue, scorecard: metrics.scorecard, allScorecards: metrics.allScorecards, sort: metrics.sort,
                       filter: metrics.filter, settings: settings, rows: rows)
        }
        return rows
    }
}
