import ScorecardsGrid

/// After every event: selections and scroll positions back in range for the current size,
/// measured with the same layouts the views draw with, so that a resize at any moment keeps
/// focus and selection; each view's derived data (the reader's layout around its page, the
/// figures table's rows) brought up to date where what it is made from changed, so drawing only reads it; and the
/// search's marks asked for the issue shown. (The reader's place is an anchor in the text,
/// kept as it is: the page is clamped to the text in the layout.)
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
                metrics.table = metrics.table.current(for: metrics, catalogue: snapshot.figureCatalogue)
                clamp(&metrics.selection, &metrics.scroll, count: metrics.table.count,
                      visible: MetricsLayout(size: snapshot.size).table.height)
                view = .metrics(metrics)
            case .issueList(var list):
                let visible = IssueListLayout(size: snapshot.size, count: snapshot.issues.count).list.height
                clamp(&list.selection, &list.scroll, count: snapshot.issues.count, visible: visible)
                view = .issueList(list)
            case .help(var help):
                help.scroll = max(0, min(help.scroll, HelpLayout.of(snapshot).maxScroll))
                view = .help(help)
            case .reader(var reader):
                reader.layout = ReaderLayout.settled(reader, in: snapshot)
                view = .reader(reader)
            case .dashboard, .prompt:
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
