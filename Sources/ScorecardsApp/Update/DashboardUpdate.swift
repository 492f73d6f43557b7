import ScorecardsGrid

enum DashboardUpdate {
    static func handle(_ action: Action, _ state: inout AppState) -> [Effect] {
        let count = state.panes.count
        guard count > 0 else {
            if action == .quit { state.quitting = true; return [.quit] }
            return []
        }
        let layout = DashboardLayout.of(state)
        let visible = layout.panes[state.focus]?.visibleItems ?? 1
        switch action {
        case .quit:
            state.quitting = true
            return [.quit]
        case .focusNext: state.focus = (state.focus + 1) % count
        case .focusPrevious: state.focus = (state.focus + count - 1) % count
        case .focusPane(let n) where n >= 1 && n <= count: state.focus = n - 1
        case .focusLeft: state.focus = neighbour(of: state.focus, dx: -1, layout: layout, count: count)
        case .focusRight: state.focus = neighbour(of: state.focus, dx: 1, layout: layout, count: count)
        case .moveDown: state.panes[state.focus].selection += 1
        case .moveUp: state.panes[state.focus].selection -= 1
        case .top: state.panes[state.focus].selection = 0
        case .bottom: state.panes[state.focus].selection = Int.max / 2
        case .pageDown: move(&state, by: max(1, visible - 1))
        case .pageUp: move(&state, by: -max(1, visible - 1))
        case .halfPageDown: move(&state, by: max(1, visible / 2))
        case .halfPageUp: move(&state, by: -max(1, visible / 2))
        case .zoom: state.zoomed.toggle()
        case .metrics: state.views.push(.metrics(MetricsState(scorecard: state.focus)))
        case .open:
            let selection = state.panes[state.focus].selection
            if state.issue.scorecards[state.focus].articles.indices.contains(selection) {
                SearchUpdate.open(ArticleRef(issue: state.shown, scorecard: state.focus, article: selection), &state)
            }
        case .search:
            SearchUpdate.start(&state)
        case .searchNext:
            return SearchUpdate.step(1, &state)
        case .searchPrevious:
            return SearchUpdate.step(-1, &state)
        case .clearSearch:
            // Esc is pressed by habit: it says there is no search, without the bell.
            guard state.search.outcome != nil else {
                return Update.refuse(.noSearch(key: Update.keyLabel(.search, in: .dashboard, state)), quietly: true, &state)
            }
            state.search.outcome = nil
        case .previousIssue, .nextIssue:
            guard state.issues.count > 1 else { return Update.refuse(.onlyOneIssue, &state) }
            let target = state.shown + (action == .nextIssue ? 1 : -1)
            guard state.issues.indices.contains(target) else {
                return Update.refuse(action == .nextIssue ? .newestIssue : .oldestIssue, &state)
            }
            state.show(issue: target)
        case .issueList:
            guard state.issues.count > 1 else { return Update.refuse(.onlyOneIssue, &state) }
            state.views.push(.issueList(IssueListState(selection: state.issues.count - 1 - state.shown)))
        case .copy:
            return CopyUpdate.copy(CopyUpdate.headline(state), &state)
        default: break
        }
        return []
    }

    /// Pages move the selection and the view together, as in a pager.
    private static func move(_ state: inout AppState, by delta: Int) {
        state.panes[state.focus].selection += delta
        state.panes[state.focus].scroll += delta
    }

    /// Left and right follow the screen: across the columns of the grid, tab to tab when
    /// tabbed, wrapping at the edges of a row.
    private static func neighbour(of focus: Int, dx: Int, layout: DashboardLayout, count: Int) -> Int {
        switch layout.mode {
        case .grid:
            let row = focus / 2, column = focus % 2
            let target = row * 2 + (column + dx + 2) % 2
            return target < count ? target : focus
        default:
            return (focus + dx + count) % count
        }
    }
}
