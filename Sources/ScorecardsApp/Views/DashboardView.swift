import ScorecardsCore
import ScorecardsGrid

enum DashboardView {
    /// Draws the dashboard above the status row; returns what the status bar shows on the
    /// right: the search's place in its hits, or the focused pane's selection.
    static func draw(_ state: AppState, into grid: inout Grid) -> String? {
        let layout = DashboardLayout.of(state)
        HeaderView.draw(state, in: layout.header, into: &grid)
        if let tabs = layout.tabs { TabBar.draw(state, in: tabs, into: &grid) }
        for (i, pane) in layout.panes.enumerated() {
            guard let pane else { continue }
            PaneView.draw(state, scorecard: i, layout: pane, into: &grid)
        }
        let card = state.issue.scorecards.indices.contains(state.focus) ? state.issue.scorecards[state.focus] : nil
        let position = card.map { c in
            "\(c.title)  " + state.settings.text(.position(state.panes[state.focus].selection + 1, c.articles.count))
        }
        return SearchPrompt.summary(state) ?? position
    }
}

/// When narrow, one pane at a time: the tabs say which, and which number focuses each.
enum TabBar {
    /// The tabs at `width` columns, shared by drawing and by mouse clicks.
    static func strip(_ state: AppState, width: Int, grid: Grid) -> TabStrip {
        let labels = state.issue.scorecards.enumerated().map { i, card in " \(i + 1) \(state.settings.display(card.name)) " }
        return TabStrip(labels: labels, focus: state.focus, width: width, glyphs: state.settings.glyphs) { grid.width(of: $0) }
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        for item in strip(state, width: rect.width, grid: grid).items {
            let role: Role = !item.isMore && item.scorecard == state.focus ? .tabActive : .tab
            grid.put(item.label, x: rect.x + item.columns.lowerBound, y: rect.y, clip: rect, role: role)
        }
    }

    /// The scorecard a click at column `x` of the tab row focuses: a tab's own, or for a
    /// mark the nearest hidden one.
    static func tab(at x: Int, state: AppState) -> Int? {
        let grid = Grid(Size(width: 0, height: 0), ambiguous: state.settings.ambiguous)
        return strip(state, width: state.size.width, grid: grid).items.first { $0.columns.contains(x) }?.scorecard
    }
}
