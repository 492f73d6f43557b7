/// The list of open issues, newest first: move with the usual keys, Enter shows the
/// selected issue, Esc or q closes the list.
enum IssueListUpdate {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var row = state.issueList else { return [] }
        let count = state.issues.count
        let page = max(1, IssueListView.frame(state).height - 3)
        switch state.keyMap.action(for: key, in: .dashboard) {
        case .moveDown: row += 1
        case .moveUp: row -= 1
        case .top: row = 0
        case .bottom: row = count - 1
        case .pageDown, .halfPageDown: row += page
        case .pageUp, .halfPageUp: row -= page
        case .open:
            state.issueList = nil
            state.show(issue: count - 1 - max(0, min(row, count - 1)))
            return []
        case .forceQuit:
            state.quitting = true
            return [.quit]
        default:
            if key == .escape || key == .char("q") || state.keyMap.action(for: key, in: .dashboard) == .issueList {
                state.issueList = nil
                return []
            }
        }
        state.issueList = max(0, min(row, count - 1))
        return []
    }
}
