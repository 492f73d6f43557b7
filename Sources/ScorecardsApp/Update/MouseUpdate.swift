import ScorecardsGrid

/// Mouse events, when the user has turned the mouse on: a click focuses a pane and selects
/// a headline, a double click opens it, the wheel scrolls, and a click in a prompt puts
/// the cursor on the character under it (either half of a wide one).
enum MouseUpdate {
    static let wheelStep = 3

    static func handle(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        if state.showingHelp {
            if mouse.button == .left { state.showingHelp = false }
            return []
        }
        if state.isEditing, mouse.y == state.size.height - 1, mouse.button == .left {
            placeCursor(at: mouse.x, &state)
            return []
        }
        switch state.screen {
        case .dashboard: return dashboard(mouse, &state)
        case .reader(let reader): return readerMouse(mouse, reader, &state)
        case .metrics(let metrics): return figures(mouse, metrics, &state)
        }
    }

    private static func dashboard(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        let layout = DashboardLayout.of(state)
        if let tabs = layout.tabs, tabs.contains(x: mouse.x, y: mouse.y), mouse.button == .left {
            if let tab = TabBar.tab(at: mouse.x, state: state) { state.focus = tab }
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
            guard pane.list.contains(x: mouse.x, y: mouse.y) else { return [] }
            let article = state.panes[index].scroll + (mouse.y - pane.list.y)
            guard state.issue.scorecards[index].articles.indices.contains(article) else { return [] }
            state.panes[index].selection = article
            if mouse.doubleClick {
                state.screen = .reader(SearchUpdate.reader(for: ArticleRef(issue: state.shown, scorecard: index, article: article), state))
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
        case .left:
            let row = mouse.y - 2
            guard row >= 0, row < MetricsView.tableHeight(state) else { return [] }
            metrics.selection = metrics.scroll + row
            if mouse.doubleClick {
                state.screen = .metrics(metrics)
                return MetricsUpdate.handle(.open, metrics, &state)
            }
        default:
            return []
        }
        state.screen = .metrics(metrics)
        return []
    }

    /// The character under column `x` of the prompt row: the prompt label is one column
    /// ("/") or the filter label, then the text.
    private static func placeCursor(at x: Int, _ state: inout AppState) {
        // Only widths are needed, not a frame.
        let grid = Grid(Size(width: 0, height: 0), ambiguous: state.settings.ambiguous)
        // Which character of the field the click fell on: walk the drawn cells.
        guard let (editor, labelWidth) = currentEditor(state, grid: grid) else { return }
        var column = labelWidth
        var index = firstVisible(editor, grid: grid, width: state.size.width - labelWidth)
        while index < editor.text.count {
            let w = max(1, grid.width(of: String(editor.text[index])))
            if x < column + w { break }
            column += w
            index += 1
        }
        var moved = editor
        moved.moveHome()
        for _ in 0..<index { moved.moveRight() }
        setEditor(moved, &state)
    }

    private static func currentEditor(_ state: AppState, grid: Grid) -> (LineEditor, Int)? {
        if state.search.prompting { return (state.search.editor, grid.width(of: "/")) }
        if case .metrics(let metrics) = state.screen, metrics.filtering {
            return (metrics.filter, grid.width(of: state.settings.text(.filterPrompt)))
        }
        return nil
    }

    private static func setEditor(_ editor: LineEditor, _ state: inout AppState) {
        if state.search.prompting {
            state.search.editor = editor
        } else if case .metrics(var metrics) = state.screen {
            metrics.filter = editor
            state.screen = .metrics(metrics)
        }
    }

    /// Mirrors PromptLine's scrolling: the first character shown.
    private static func firstVisible(_ editor: LineEditor, grid: Grid, width: Int) -> Int {
        let widths = editor.text.map { grid.width(of: String($0)) }
        var start = 0
        while start < editor.cursor, widths[start..<editor.cursor].reduce(0, +) + 1 > width { start += 1 }
        return start
    }
}
