/// Keys while a prompt has the keyboard. Every change of its text takes effect at once on
/// what the prompt acts on: the search, the article being read, the figures table.
enum PromptUpdate {
    static func insert(_ character: Character, _ state: inout AppState) -> [Effect] {
        edit(&state) { $0.insert(character) }
        return []
    }

    static func handle(_ action: Action, _ prompt: PromptState, _ state: inout AppState) -> [Effect] {
        switch action {
        case .accept: return accept(prompt, &state)
        case .cancel: cancel(prompt, &state)
        case .deleteBackward: edit(&state) { $0.deleteBackward() }
        case .deleteForward: edit(&state) { $0.deleteForward() }
        case .historyPrevious: edit(&state) { $0.historyPrevious() }
        case .historyNext: edit(&state) { $0.historyNext() }
        case .cursorLeft: edit(&state) { $0.moveLeft() }
        case .cursorRight: edit(&state) { $0.moveRight() }
        case .cursorHome: edit(&state) { $0.moveHome() }
        case .cursorEnd: edit(&state) { $0.moveEnd() }
        case .clearLine: edit(&state) { $0.clear() }
        default: break
        }
        return []
    }

    /// Changes the prompt's text; when the text changed, what it acts on follows.
    static func edit(_ state: inout AppState, _ change: (inout LineEditor) -> Void) {
        guard var prompt = state.prompt else { return }
        let before = prompt.editor.string
        change(&prompt.editor)
        state.views.replaceTop(.prompt(prompt))
        if prompt.editor.string != before { follow(prompt, &state) }
    }

    /// What the text does while it is typed.
    private static func follow(_ prompt: PromptState, _ state: inout AppState) {
        let text = prompt.editor.string
        switch prompt.purpose {
        case .search:
            SearchUpdate.ask(text, &state)
        case .find:
            guard case .reader(var reader) = state.views.belowTop, case .reader(let start) = prompt.before else { return }
            if text.isEmpty {
                reader = start
            } else {
                reader.find = text
                reader.pendingFind = PendingFind(query: text, from: start.anchor)
            }
            state.views.replaceBelowTop(.reader(reader))
        case .filter:
            guard case .metrics(var metrics) = state.views.belowTop else { return }
            metrics.filter = text
            metrics.selection = 0
            metrics.scroll = 0
            state.views.replaceBelowTop(.metrics(metrics))
        }
    }

    /// Enter keeps what was typed, and remembers it for ↑.
    private static func accept(_ prompt: PromptState, _ state: inout AppState) -> [Effect] {
        var editor = prompt.editor
        editor.commit()
        state.history[prompt.purpose.history] = editor.history
        state.views.pop()
        switch prompt.purpose {
        case .search:
            // Not answered yet: the first hit is gone to when the answer comes.
            if state.search.pending != nil {
                state.search.pending?.jump = true
            } else if state.search.outcome != nil {
                SearchUpdate.jump(to: 0, &state)
            }
        case .find:
            guard case .reader(var reader) = state.views.top else { break }
            if reader.pendingFind != nil {
                reader.pendingFind?.accepted = true
                state.views.replaceTop(.reader(reader))
            } else if reader.find != nil, reader.marks.isEmpty {
                return Update.refuse(.matchCount(0), &state)
            }
        case .filter:
            break
        }
        return []
    }

    /// Esc (and Ctrl-C, as in less and Vim) closes the prompt and puts back what it changed.
    private static func cancel(_ prompt: PromptState, _ state: inout AppState) {
        state.views.pop()
        switch prompt.before {
        case .search(let outcome):
            state.search.outcome = outcome
            state.search.pending = nil
        case .reader(let reader): state.views.replaceTop(.reader(reader))
        case .metrics(let metrics): state.views.replaceTop(.metrics(metrics))
        }
    }
}
