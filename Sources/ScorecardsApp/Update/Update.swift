import ScorecardsGrid

/// The one place state changes: an event in, the new state and the effects out.
public enum Update {
    public static func apply(_ event: Event, to state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        switch event {
        case .resize(let size):
            state.size = Size(width: max(1, size.width), height: max(1, size.height))
        case .tick:
            break
        case .terminalClosed:
            state.quitting = true
        case .issuesLoaded(let issues, let skipped):
            state.replaceIssues(issues)
            state.message = state.settings.text(.issuesLoaded(issues.count))
                + (skipped.isEmpty ? "" : "；" + state.settings.text(.filesSkipped(skipped)))
        case .mouse(let mouse):
            effects = MouseUpdate.handle(mouse, &state)
        case .key(let key):
            effects = handle(key, &state)
        }
        Normalise.apply(&state)
        if state.quitting, !effects.contains(.quit) { effects.append(.quit) }
        return effects
    }

    /// Runs a whole script of events, as `dump` and the key-script tests do.
    public static func run(_ events: [Event], on state: inout AppState) -> [Effect] {
        var all: [Effect] = []
        for event in events {
            all += apply(event, to: &state)
            if state.quitting { break }
        }
        return all
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.showingHelp {
            return HelpUpdate.handle(key, &state)
        }
        if state.issueList != nil {
            return IssueListUpdate.handle(key, &state)
        }
        if state.message != nil { state.message = nil }
        // While a prompt has the keyboard every printable key is text, never a command.
        if state.isEditing, let character = key.printable {
            PromptUpdate.edit(.insert(character), &state)
            return []
        }
        guard let action = state.keyMap.action(for: key, in: state.context) else { return [] }
        switch action {
        case .forceQuit:
            state.quitting = true
            return [.quit]
        case .help:
            state.showingHelp = true
            state.helpScroll = 0
            return []
        case .redraw:
            return [.redrawAll]
        case .suspend:
            return [.suspend]
        case .copy:
            return CopyUpdate.copy(&state)
        default:
            if state.isEditing { return PromptUpdate.handle(action, &state) }
            switch state.screen {
            case .dashboard: return DashboardUpdate.handle(action, &state)
            case .reader(let reader): return ReaderUpdate.handle(action, reader, &state)
            case .metrics(let metrics): return MetricsUpdate.handle(action, metrics, &state)
            }
        }
    }
}
