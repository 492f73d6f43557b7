import ScorecardsCore
import ScorecardsGrid
import ScorecardsText

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
    /// The tabs laid out in the layout's tab row `rect`, in screen columns: what drawing puts
    /// there and what a click there finds.
    static func strip(_ state: AppState, in rect: Rect, ambiguous: AmbiguousWidth) -> TabStrip {
        let labels = state.issue.scorecards.enumerated().map { i, card in " \(i + 1) \(state.settings.display(card.name)) " }
        let measure = Grid(Size(width: 0, height: 0), ambiguous: ambiguous)
        var strip = TabStrip(labels: labels, focus: state.focus, width: rect.width, glyphs: state.settings.glyphs) {
            measure.width(of: $0)
        }
        for i in strip.items.indices {
            let columns = strip.items[i].columns
            strip.items[i].columns = (rect.x + columns.lowerBound)..<(rect.x + columns.upperBound)
        }
        return strip
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        for item in strip(state, in: rect, ambiguous: grid.ambiguous).items {
            let role: Role = !item.isMore && item.scorecard == state.focus ? .tabActive : .tab
            grid.put(item.label, x: item.columns.lowerBound, y: rect.y, clip: rect, role: role)
        }
    }

    /// The scorecard a click at column `x` of the tab row `rect` focuses: a tab's own, or for
    /// a mark the nearest hidden one.
    static func tab(at x: Int, in rect: Rect, state: AppState) -> Int? {
        strip(state, in: rect, ambiguous: state.settings.ambiguous).items.first { $0.columns.contains(x) }?.scorecard
    }
}
