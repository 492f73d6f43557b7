import ScorecardsGrid

/// After every event: selections and scroll positions back in range for the current size,
/// measured with the same layouts the views draw with, so that a resize at any moment keeps
/// focus and selection; and the search's marks asked for the issue shown. (The
/// reader's place is an anchor in the text, clamped where it is drawn.)
enum Normalise {
    static func apply(_ state: inout AppState) {
        let count = state.panes.count
        guard count > 0 else { return }
        state.focus = max(0, min(state.focus, count - 1))
        let layout = DashboardLayout.of(state)
        for i in state.panes.indices {
            let items = state.issue.scorecards[i].articles.count
            state.panes[i].clamp(count: items, visible: layout.panes[i]?.visibleItems)
        }
        let snapshot = state
        state.views.update { view in
            switch view {
            case .metrics(var metrics):
                let rows = MetricRows.rows(snapshot, metrics).count
                clamp(&metrics.selection, &metrics.scroll, count: rows, visible: MetricsLayout(size: snapshot.size).table.height)
                view = .metrics(metrics)
            case .issueList(var list):
                let visible = IssueListLayout(size: snapshot.size, count: snapshot.issues.count).list.height
                clamp(&list.selection, &list.scroll, count: snapshot.issues.count, visible: visible)
                view = .issueList(list)
            case .help(var help):
                help.scroll = max(0, min(help.scroll, HelpLayout.of(snapshot).maxScroll))
                view = .help(help)
            case .dashboard, .reader, .prompt:
                break
            }
        }
        // The marks of another issue are worked out beside the loop, like the search.
        if let outcome = state.search.outcome, outcome.issue != state.shown, state.search.pending?.issue != state.shown {
            state.search.pending = PendingSearch(query: outcome.query, issue: state.shown)
        }
    }

    /// A selection in range and a scroll that keeps it in sight, in a list of `count` rows
    /// of which `visible` show.
    static func clamp(_ selection: inout Int, _ scroll: inout Int, count: Int, visible: Int) {
        selection = max(0, min(selection, count - 1))
        if selection < scroll { scroll = selection }
        if visible > 0, selection >= scroll + visible { scroll = selection - visible + 1 }
        scroll = max(0, min(scroll, max(0, count - visible)))
    }
}
