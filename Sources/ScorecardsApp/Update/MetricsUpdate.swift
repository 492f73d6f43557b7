enum MetricsUpdate {
    static func handle(_ action: Action, _ metrics: MetricsState, _ state: inout AppState) -> [Effect] {
        var metrics = metrics
        let page = max(1, MetricsView.tableHeight(state) - 1)
        switch action {
        case .back:
            if !metrics.filter.text.isEmpty, action == .back {
                // Esc first clears a filter, then leaves.
                metrics.filter.clear()
            } else {
                state.screen = .dashboard
                return []
            }
        case .moveDown: metrics.selection += 1
        case .moveUp: metrics.selection -= 1
        case .top: metrics.selection = 0
        case .bottom: metrics.selection = Int.max / 2
        case .pageDown: metrics.selection += page
        case .pageUp: metrics.selection -= page
        case .halfPageDown: metrics.selection += page / 2
        case .halfPageUp: metrics.selection -= page / 2
        case .sortFigures:
            let all = MetricSort.allCases
            metrics.sort = all[((all.firstIndex(of: metrics.sort) ?? 0) + 1) % all.count]
            metrics.selection = 0
        case .toggleScope:
            metrics.allScorecards.toggle()
            metrics.selection = 0
        case .filter:
            metrics.filtering = true
        case .open:
            let rows = MetricRows.rows(state.issue, metrics, settings: state.settings)
            guard rows.indices.contains(metrics.selection) else { return [.bell] }
            let row = rows[metrics.selection]
            state.screen = .reader(ReaderUpdate.opening(row.scorecard, row.article, figure: row.metric, state: state))
            state.focus = row.scorecard
            state.panes[row.scorecard].selection = row.article
            return []
        default:
            break
        }
        state.screen = .metrics(metrics)
        return []
    }
}
