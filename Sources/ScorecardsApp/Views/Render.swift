import ScorecardsGrid

/// The view: a pure function of the state. The view stack says what is drawn, in order:
/// the topmost full-screen view, then what was opened over it; the bottom row belongs to
/// the view on top (its prompt, or the status bar with its keys).
public enum Render {
    public static func screen(_ state: AppState) -> Grid {
        var grid = Grid(state.size, ambiguous: state.settings.ambiguous)
        if state.size.width < DashboardLayout.minimum.width || state.size.height < DashboardLayout.minimum.height {
            TooSmallView.draw(state, into: &grid)
            return grid
        }
        var trailing: String?
        switch state.views.screen {
        case .dashboard: trailing = DashboardView.draw(state, into: &grid)
        case .reader(let reader): trailing = ReaderView.draw(state, reader, into: &grid)
        case .metrics(let metrics): trailing = MetricsView.draw(state, metrics, into: &grid)
        case .issueList, .help, .prompt: break
        }
        for view in state.views.overlays {
            switch view {
            case .issueList(let list):
                IssueListView.draw(IssueListView.rows(state), list, IssueListLayout(size: state.size, count: state.issues.count),
                                   settings: state.settings, into: &grid)
            case .help(let help):
                HelpView.draw(HelpLayout.of(state), scroll: help.scroll, settings: state.settings, into: &grid)
            case .dashboard, .reader, .metrics, .prompt:
                break
            }
        }
        if let prompt = PromptLayout.of(state) {
            PromptLine.draw(prompt, into: &grid)
        } else {
            let status = ScreenRows(state.size).bottom
            StatusBar.draw(StatusBar.hints(state.keyMap, state.context, state.settings.language), message: state.message,
                           trailing: trailing, busy: StatusBar.busy(state), in: status, into: &grid)
        }
        return grid
    }
}
