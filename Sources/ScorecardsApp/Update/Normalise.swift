import ScorecardsGrid

/// After every event: selections and scroll positions back in range for the current size,
/// so that a resize at any moment keeps focus and selection. (The reader's place is an
/// anchor in the text, clamped where it is drawn.)
enum Normalise {
    static func apply(_ state: inout AppState) {
        let count = state.panes.count
        guard count > 0 else { return }
        state.focus = max(0, min(state.focus, count - 1))
        let layout = DashboardLayout.of(state)
        for i in state.panes.indices {
            let items = state.issue.scorecards[i].articles.count
            state.panes[i].clamp(count: items, visible: layout.panes[i]?.list.height)
        }
        if case .metrics(var metrics) = state.screen {
            let count = MetricRows.rows(state.issue, metrics, settings: state.settings).count
            let visible = MetricsView.tableHeight(state)
            metrics.selection = max(0, min(metrics.selection, count - 1))
            if metrics.selection < metrics.scroll { metrics.scroll = metrics.selection }
            if visible > 0, metrics.selection >= metrics.scroll + visible { metrics.scroll = metrics.selection - visible + 1 }
            metrics.scroll = max(0, min(metrics.scroll, max(0, count - visible)))
            state.screen = .metrics(metrics)
        }
        state.helpScroll = max(0, min(state.helpScroll, HelpView.maxScroll(state)))
    }
}
