/// Starting a search and moving between its hits.
enum SearchUpdate {
    static func start(_ state: inout AppState) {
        state.search.prompting = true
        state.search.editor.clear()
        state.search.outcome = nil
    }

    /// n and N on the dashboard: the next article with a hit, across all panes, wrapping.
    static func step(_ delta: Int, _ state: inout AppState) -> [Effect] {
        guard let outcome = state.search.outcome, !outcome.isEmpty else { return [.bell] }
        let count = outcome.stops.count
        let next = outcome.current.map { (($0 + delta) % count + count) % count } ?? (delta > 0 ? 0 : count - 1)
        jump(to: next, &state)
        return []
    }

    /// Makes hit `index` current: its pane gets the focus and its article the selection.
    static func jump(to index: Int, _ state: inout AppState) {
        guard var outcome = state.search.outcome, outcome.stops.indices.contains(index) else { return }
        outcome.current = index
        state.search.outcome = outcome
        let ref = outcome.stops[index]
        // A hit in another open issue shows that issue.
        state.show(issue: ref.issue)
        guard state.panes.indices.contains(ref.scorecard) else { return }
        state.focus = ref.scorecard
        state.panes[ref.scorecard].selection = ref.article
    }

    /// The reader opened on an article with its matches marked, scrolled to the first match
    /// in the body (or the top when only the headline matched).
    static func reader(for ref: ArticleRef, _ state: AppState) -> ReaderState {
        var reader = ReaderState(scorecard: ref.scorecard, article: ref.article)
        guard let matches = state.search.outcome?.matches(for: ref) else {
            // No search: reopen where the article was left.
            if state.issue.scorecards.indices.contains(ref.scorecard),
               state.issue.scorecards[ref.scorecard].articles.indices.contains(ref.article) {
                reader.anchor = state.readingPosition(state.issue.scorecards[ref.scorecard].articles[ref.article].id) ?? .top
            }
            return reader
        }
        var marks = matches.marks.sorted { ($0.block, $0.range.lowerBound) < ($1.block, $1.range.lowerBound) }
        // Headline marks sort first (negative blocks); the first body match is current.
        let current = marks.firstIndex { $0.block > 0 } ?? 0
        if marks.indices.contains(current) { marks[current].current = true }
        reader.marks = marks
        if marks.indices.contains(current), marks[current].block > 0 {
            reader.anchor = ReaderUpdate.anchorShowing(marks[current], reader: reader, state: state)
        }
        return reader
    }
}
