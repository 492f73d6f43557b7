/// Keys while a text prompt has the keyboard.
enum PromptUpdate {
    enum Edit {
        case insert(Character)
    }

    static func edit(_ edit: Edit, _ state: inout AppState) {
        modifyEditor(&state) { editor in
            switch edit {
            case .insert(let c): editor.insert(c)
            }
        }
    }

    static func handle(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .accept: finish(&state, keep: true)
        case .cancel: finish(&state, keep: false)
        default:
            modifyEditor(&state) { editor in
                switch action {
                case .deleteBackward: editor.deleteBackward()
                case .deleteForward: editor.deleteForward()
                case .historyPrevious: editor.historyPrevious()
                case .historyNext: editor.historyNext()
                case .cursorLeft: editor.moveLeft()
                case .cursorRight: editor.moveRight()
                case .cursorHome: editor.moveHome()
                case .cursorEnd: editor.moveEnd()
                case .clearLine: editor.clear()
                default: break
                }
            }
        }
        return []
    }

    /// Applies an edit to whichever prompt is open; the view follows every keystroke.
    private static func modifyEditor(_ state: inout AppState, _ change: (inout LineEditor) -> Void) {
        if state.search.prompting {
            let before = state.search.editor.string
            change(&state.search.editor)
            let query = state.search.editor.string
            // Results follow every keystroke; moving the cursor alone searches nothing new.
            if query != before || state.search.outcome == nil {
                state.search.outcome = query.isEmpty ? nil : state.searchIndex.run(query)
            }
            return
        }
        if case .metrics(var metrics) = state.screen, metrics.filtering {
            change(&metrics.filter)
            metrics.selection = 0
            metrics.scroll = 0
            state.screen = .metrics(metrics)
        }
    }

    /// Enter keeps what was typed (and remembers it); Esc clears it.
    private static func finish(_ state: inout AppState, keep: Bool) {
        if state.search.prompting {
            state.search.prompting = false
            if keep, state.search.outcome != nil {
                state.search.editor.commit()
                let reading = if case .reader = state.screen { true } else { false }
                SearchUpdate.jump(to: 0, &state)
                // Searching from the reader goes straight to the first hit's article.
                if reading, let first = state.search.outcome?.stops.first {
                    state.screen = .reader(SearchUpdate.reader(for: first, state))
                }
            } else {
                state.search.editor.clear()
                state.search.outcome = nil
            }
            return
        }
        if case .metrics(var metrics) = state.screen, metrics.filtering {
            metrics.filtering = false
            if keep { metrics.filter.commit() } else { metrics.filter.clear() }
            state.screen = .metrics(metrics)
        }
    }
}
