import ScorecardsGrid

/// Mouse events, when the user has turned the mouse on. Like keys, they go to the view on
/// top, and they are placed with the same layout values the views are drawn with: a click
/// focuses a pane and selects a headline, a double click opens it, the wheel scrolls, and a
/// click in a prompt puts the cursor on the character under it (either half of a wide one).
enum MouseUpdate {
    static let wheelStep = 3

    static func handle(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        switch state.views.top {
        case .dashboard: return dashboard(mouse, &state)
        case .reader(let reader): return readerMouse(mouse, reader, &state)
        case .metrics(let metrics): return figures(mouse, metrics, &state)
        case .issueList(let list): return issueList(mouse, list, &state)
        case .help:
            if mouse.button == .left || mouse.button == .right { state.views.pop() }
            return []
        case .prompt(let prompt): return promptMouse(mouse, prompt, &state)
        }
    }

    private static func dashboard(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        let layout = DashboardLayout.of(state)
        if let tabs = layout.tabs, tabs.contains(x: mouse.x, y: mouse.y), mouse.button == .left {
            if let tab = TabBar.tab(at: mouse.x, in: tabs, state: state) { state.focus = tab }
            return []
        }
        guard let index = layout.panes.firstIndex(where: { $0?.box.contains(x: mouse.x, y: mouse.y) == true }),
              let pane = layout.panes[index] else { return [] }
        switch mouse.button {
        case .wheelUp, .wheelDown:
            state.focus = index
            state.panes[index].selection += mouse.button == .wheelDown ? wheelStep : -wheelStep
        case .left:
            state.focus = index
            guard let article = pane.item(atX: mouse.x, y: mouse.y, scroll: state.panes[index].scroll),
                  state.issue.scorecards[index].articles.indices.contains(article) else { return [] }
            state.panes[index].selection = article
            if mouse.doubleClick {
                SearchUpdate.open(ArticleRef(issue: state.shown, scorecard: index, article: article), &state)
            }
        default:
            break
        }
        return []
    }

    private static func readerMouse(_ mouse: MouseEvent, _ reader: ReaderState, _ state: inout AppState) -> [Effect] {
        switch mouse.button {
        case .wheelUp: return ReaderUpdate.handle(.moveUp, repeating: wheelStep, &state)
        case .wheelDown: return ReaderUpdate.handle(.moveDown, repeating: wheelStep, &state)
        case .right: return ReaderUpdate.handle(.back, reader, &state)
        default: return []
        }
    }

    private static func figures(_ mouse: MouseEvent, _ metrics: MetricsState, _ state: inout AppState) -> [Effect] {
        var metrics = metrics
        switch mouse.button {
        case .wheelUp: metrics.selection -= wheelStep
        case .wheelDown: metrics.selection += wheelStep
        case .right: return MetricsUpdate.handle(.back, metrics, &state)
        case .left:
            guard let row = MetricsLayout(size: state.size).row(atY: mouse.y) else { return [] }
            metrics.selection = metrics.scroll + row
            if mouse.doubleClick {
                state.views.replaceTop(.metrics(metrics))
                return MetricsUpdate.handle(.open, metrics, &state)
            }
        default:
            return []
        }
        state.views.replaceTop(.metrics(metrics))
        return []
    }

    private static func issueList(_ mouse: MouseEvent, _ list: IssueListState, _ state: inout AppState) -> [Effect] {
        var list = list
        let layout = IssueListLayout(size: state.size, count: state.issues.count)
        switch mouse.button {
        case .wheelUp: list.selection -= wheelStep
        case .wheelDown: list.selection += wheelStep
        case .left:
            guard layout.frame.contains(x: mouse.x, y: mouse.y) else {
                state.views.pop()
                return []
            }
            guard let row = layout.row(atX: mouse.x, y: mouse.y), list.scroll + row < state.issues.count else { return [] }
            list.selection = list.scroll + row
            if mouse.doubleClick { return IssueListUpdate.handle(.open, list, &state) }
        case .right:
            state.views.pop()
            return []
        default:
            return []
        }
        list.selection = max(0, min(list.selection, state.issues.count - 1))
        state.views.replaceTop(.issueList(list))
        return []
    }

    /// A click on the prompt's row puts the cursor on the character drawn there.
    private static func promptMouse(_ mouse: MouseEvent, _ prompt: PromptState, _ state: inout AppState) -> [Effect] {
        guard mouse.button == .left, let layout = PromptLayout.of(state), layout.row.contains(x: mouse.x, y: mouse.y) else { return [] }
        let index = layout.characterIndex(atX: mouse.x)
        PromptUpdate.edit(&state) { editor in
            editor.moveHome()
            for _ in 0..<index { editor.moveRight() }
        }
        return []
    }
}
