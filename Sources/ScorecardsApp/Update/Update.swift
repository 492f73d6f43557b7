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
        case .terminalClosed, .signalled:
            state.quitting = true
        case .loadProgress(let progress):
            state.loading = progress
        case .issuesLoaded(let issues, let skipped):
            let wasLoading = state.loading != nil
            state.loading = nil
            state.replaceIssues(issues)
            var notes: [String] = []
            if wasLoading { notes.append(state.settings.text(.issuesLoaded(issues.count))) }
            if !skipped.isEmpty { notes.append(state.settings.text(.filesSkipped(skipped.map(\.name)))) }
            if !notes.isEmpty { state.message = notes.joined(separator: "；") }
        case .loadFailed:
            state.loading = nil
            state.quitting = true
        case .worked(let result):
            effects = WorkUpdate.take(result, &state)
        case .working(let progress):
            state.work.note(progress)
        case .mouse(let mouse):
            effects = MouseUpdate.handle(mouse, &state)
        case .key(let key):
            effects = handle(key, &state)
        }
        Normalise.apply(&state)
        effects += WorkUpdate.reconcile(&state)
        if state.quitting, !effects.contains(.quit) { effects.append(.quit) }
        return effects
    }

    /// The work a state wants before any event has come (an article reopened where the last
    /// session left it needs measuring): for the first frame.
    public static func begin(_ state: inout AppState) -> [Effect] {
        WorkUpdate.reconcile(&state)
    }

    /// Runs a whole script of events, as `dump` and the key-script tests do. The work each
    /// event asks for is done in line, before the next event, and its result taken in; the
    /// effects returned are the others.
    public static func run(_ events: [Event], on state: inout AppState) -> [Effect] {
        var all = inline(begin(&state), &state)
        for event in events {
            all += inline(apply(event, to: &state), &state)
            if state.quitting { break }
        }
        return all
    }

    /// Carries out the jobs among `effects` at once, taking in their results (which may ask
    /// for more); returns the other effects.
    static func inline(_ effects: [Effect], _ state: inout AppState) -> [Effect] {
        var pending = effects[...]
        var others: [Effect] = []
        while let effect = pending.popFirst() {
            switch effect {
            case .start(let job):
                if let result = job.run() { pending += apply(.worked(result), to: &state) }
            case .cancel:
                break
            default:
                others.append(effect)
            }
        }
        return others
    }

    /// A key goes to the view on top of the stack, and to nothing else.
    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.message = nil
        let top = state.views.top
        // While a prompt has the keyboard every printable key is text, never a command.
        if case .prompt = top, let character = key.printable {
            return PromptUpdate.insert(character, &state)
        }
        guard let action = state.keyMap.action(for: key, in: top.context) else {
            return unbound(key, top, &state)
        }
        switch action {
        case .forceQuit:
            state.quitting = true
            return [.quit]
        case .help:
            if case .help = top {
                state.views.pop()
            } else {
                state.views.push(.help(HelpState(scroll: HelpLayout.of(state).scroll(opening: top.context))))
            }
            return []
        case .redraw:
            return [.redrawAll]
        case .suspend:
            return [.suspend]
        default:
            switch top {
            case .dashboard: return DashboardUpdate.handle(action, &state)
            case .reader(let reader): return ReaderUpdate.handle(action, reader, &state)
            case .metrics(let metrics): return MetricsUpdate.handle(action, metrics, &state)
            case .issueList(let list): return IssueListUpdate.handle(action, list, &state)
            case .help(let help): return HelpUpdate.handle(action, help, &state)
            case .prompt(let prompt): return PromptUpdate.handle(action, prompt, &state)
            }
        }
    }

    /// A key with nothing bound to it: help closes, as its own keys say; elsewhere the
    /// status bar says the key does nothing here and where the keys are listed.
    private static func unbound(_ key: Key, _ top: View, _ state: inout AppState) -> [Effect] {
        switch top {
        case .help:
            state.views.pop()
        case .prompt:
            break
        default:
            let help = state.keyMap.effectiveKeys(for: .help, in: top.context).first?.label ?? "?"
            state.message = state.settings.text(.keyDoesNothing(key: key.label, help: help))
        }
        return []
    }

    /// Says why a key did nothing, with the bell unless `quietly`.
    static func refuse(_ reason: UIText, quietly: Bool = false, _ state: inout AppState) -> [Effect] {
        state.message = state.settings.text(reason)
        return quietly ? [] : [.bell]
    }

    /// The first key that does `action` in `context`, for messages that name it.
    static func keyLabel(_ action: Action, in context: KeyContext, _ state: AppState) -> String {
        state.keyMap.effectiveKeys(for: action, in: context).first?.label ?? action.name
    }
}
