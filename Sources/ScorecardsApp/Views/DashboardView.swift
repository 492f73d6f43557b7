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
    /// Each tab's label and columns, shared by drawing and by mouse clicks.
    static func tabs(_ state: AppState, width: Int, grid: Grid) -> [(label: String, columns: Range<Int>)] {
        var x = 1
        var out: [(String, Range<Int>)] = []
        for (i, card) in state.issue.scorecards.enumerated() {
            let label = " \(i + 1) \(state.settings.display(card.name)) "
            let w = grid.width(of: label)
            guard x + w <= width else { break }
            out.append((label, x..<(x + w)))
            x += w + 1
        }
        return out
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        for (i, tab) in tabs(state, width: rect.width, grid: grid).enumerated() {
            grid.put(tab.label, x: rect.x + tab.columns.lowerBound, y: rect.y, clip: rect, role: i == state.focus ? .tabActive : .tab)
        }
    }

    static func tab(at x: Int, state: AppState) -> Int? {
        let grid = Grid(Size(width: 0, height: 0), ambiguous: state.settings.ambiguous)
        return tabs(state, width: state.size.width, grid: grid).firstIndex { $0.columns.contains(x) }
    }
}
