import ScorecardsGrid

/// After every event: selections and scroll positions back in range for the current size,
/// so that a resize at any moment keeps focus and selection. (The reader's place is an
/// anchor in the text, clamped where it is drawn.)
enum Normalise {
    static func apply(_ state: inout AppState) {
        let count = state.panes.count
        guard count > 0 else { return }
        state.focus = max(0, min(state.focus, count - 1))
        let layout = DashboardLayout.compute(size: state.size, paneCount: count, focus: state.focus, zoomed: state.zoomed)
        for i in state.panes.indices {
            let items = state.issue.scorecards[i].articles.count
            state.panes[i].clamp(count: items, visible: layout.panes[i]?.list.height)
        }
        state.helpScroll = max(0, min(state.helpScroll, HelpView.maxScroll(state)))
    }
}
