/// Help scrolls with the usual keys; its close key (and any key it does not use) closes it.
enum HelpUpdate {
    static func handle(_ action: Action, _ help: HelpState, _ state: inout AppState) -> [Effect] {
        var help = help
        let page = max(1, HelpLayout.of(state).visibleRows - 1)
        switch action {
        case .moveDown: help.scroll += 1
        case .moveUp: help.scroll -= 1
        case .pageDown: help.scroll += page
        case .pageUp: help.scroll -= page
        case .halfPageDown: help.scroll += max(1, page / 2)
        case .halfPageUp: help.scroll -= max(1, page / 2)
        case .top: help.scroll = 0
        case .bottom: help.scroll = Int.max / 2
        default:
            state.views.pop()
            return []
        }
        state.views.replaceTop(.help(help))
        return []
    }
}
