/// The help overlay scrolls with the usual keys; anything else closes it.
enum HelpUpdate {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch state.keyMap.action(for: key, in: .reader) {
        case .moveDown: state.helpScroll += 1
        case .moveUp: state.helpScroll -= 1
        case .pageDown, .halfPageDown: state.helpScroll += max(1, state.size.height / 2)
        case .pageUp, .halfPageUp: state.helpScroll -= max(1, state.size.height / 2)
        case .top: state.helpScroll = 0
        case .bottom: state.helpScroll = Int.max / 2
        case .forceQuit:
            state.quitting = true
            return [.quit]
        default:
            state.showingHelp = false
        }
        return []
    }
}
