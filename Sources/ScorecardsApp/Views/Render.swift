import ScorecardsGrid

/// The view: a pure function of the state.
public enum Render {
    public static func screen(_ state: AppState) -> Grid {
        var grid = Grid(state.size, ambiguous: state.settings.ambiguous)
        if state.size.width < DashboardLayout.minimum.width || state.size.height < DashboardLayout.minimum.height {
            TooSmallView.draw(state, into: &grid)
            return grid
        }
        switch state.screen {
        case .dashboard: DashboardView.draw(state, into: &grid)
        case .reader(let reader): ReaderView.draw(state, reader, into: &grid)
        case .metrics(let metrics): MetricsView.draw(state, metrics, into: &grid)
        }
        if let selection = state.issueList { IssueListView.draw(state, selection: selection, into: &grid) }
        if state.showingHelp { HelpView.draw(state, into: &grid) }
        return grid
    }
}
