/// The list of open issues, newest first: move with the usual keys, Enter shows the
/// selected issue, Esc closes the list.
enum IssueListUpdate {
    static func handle(_ action: Action, _ list: IssueListState, _ state: inout AppState) -> [Effect] {
        var list = list
        let count = state.issues.count
        let page = max(1, IssueListLayout(size: state.size, count: count).list.height - 1)
        switch action {
        case .moveDown: list.selection += 1
        case .moveUp: list.selection -= 1
        case .top: list.selection = 0
        case .bottom: list.selection = count - 1
        case .pageDown: list.selection += page
        case .pageUp: list.selection -= page
        case .halfPageDown: list.selection += max(1, page / 2)
        case .halfPageUp: list.selection -= max(1, page / 2)
        case .open:
            state.views.pop()
            state.show(issue: count - 1 - max(0, min(list.selection, count - 1)))
            return []
        case .back:
            state.views.pop()
            return []
        default:
            break
        }
        list.selection = max(0, min(list.selection, count - 1))
        state.views.replaceTop(.issueList(list))
        return []
    }
}
