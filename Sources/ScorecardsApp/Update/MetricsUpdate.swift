enum MetricsUpdate {
    static func handle(_ action: Action, _ metrics: MetricsState, _ state: inout AppState) -> [Effect] {
        var metrics = metrics
        let page = max(1, MetricsLayout(size: state.size).table.height - 1)
        switch action {
        case .back:
            // Esc first clears a filter, then leaves.
            guard metrics.filter.isEmpty else {
                metrics.filter = ""
                break
            }
            state.views.pop()
            return []
        case .moveDown: metrics.selection += 1
        case .moveUp: metrics.selection -= 1
        case .top: metrics.selection = 0
        case .bottom: metrics.selection = Int.max / 2
        case .pageDown: metrics.selection += page
        case .pageUp: metrics.selection -= page
        case .halfPageDown: metrics.selection += page / 2
        case .halfPageUp: metrics.selection -= page / 2
        case .sortFigures:
            let all = MetricSort.allCases
            metrics.sort = all[((all.firstIndex(of: metrics.sort) ?? 0) + 1) % all.count]
            metrics.selection = 0
        case .toggleScope:
            metrics.allScorecards.toggle()
            metrics.selection = 0
        case .filter:
            var editor = LineEditor(history: state.history.filters)
            editor.set(metrics.filter)
            state.views.push(.prompt(PromptState(.filter, editor: editor, before: .metrics(metrics))))
            return []
        case .open:
            guard let row = metrics.table.row(metrics.selection) else { return Update.refuse(.nothingToOpen, &state) }
            state.focus = row.scorecard
            state.panes[row.scorecard].selection = row.article
            // The table stays below the article, so going back finds it as it was left.
            state.views.push(.reader(ReaderUpdate.opening(row.scorecard, row.article, figure: row.metric, state: state)))
            return []
        case .copy:
            return CopyUpdate.copy(CopyUpdate.figure(metrics, state), &state)
        default:
            break
        }
        state.views.replaceTop(.metrics(metrics))
        return []
    }
}
