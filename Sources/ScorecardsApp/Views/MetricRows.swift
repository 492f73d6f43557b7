import ScorecardsCore

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
    static func rows(_ issue: IssueDocument, _ state: MetricsState, settings: Settings) -> [MetricRow] {
        var rows: [MetricRow] = []
        for (c, card) in issue.scorecards.enumerated() where state.allScorecards || c == state.scorecard {
            for (a, article) in card.articles.enumerated() {
                // One fact, one row: a restatement shows only on a page the first statement
                // is not on, so each scorecard still lists every figure it prints.
                for (m, metric) in article.metrics.enumerated()
                where metric.sameAs.map { !state.allScorecards && !$0.hasPrefix(card.id + "/") } ?? true {
                    rows.append(MetricRow(scorecard: c, article: a, index: m, metric: metric,
                                          asWritten: KeyFigures.asWritten(metric, in: article),
                                          headline: settings.display(article.joinedHeadline)))
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
            rows = stableSorted(rows) { a, b in
                let (x, y) = (a.metric.parsedUnit, b.metric.parsedUnit)
                // Only like with like: group by base unit, largest first within it.
                if x.base != y.base { return x.base < y.base }
                return a.metric.normalizedValue > b.metric.normalizedValue
            }
        }
        return rows
    }

    private static func stableSorted(_ rows: [MetricRow], by less: (MetricRow, MetricRow) -> Bool) -> [MetricRow] {
        rows.enumerated().sorted { a, b in
            if less(a.element, b.element) { return true }
            if less(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }
}
