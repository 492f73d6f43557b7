import ScorecardsCore

/// The search across the open issues: its prompt, moving between its hits, and opening them.
enum SearchUpdate {
    static func start(_ state: inout AppState) {
        let previous = state.search.outcome
        state.search.outcome = nil
        state.search.pending = nil
        state.views.push(.prompt(PromptState(.search, editor: LineEditor(history: state.history.queries), before: .search(previous))))
    }

    /// n and N on the dashboard: the next article with a hit, across all panes, wrapping.
    static func step(_ delta: Int, _ state: inout AppState) -> [Effect] {
        if let pending = state.search.pending, pending.query != state.search.outcome?.query {
            return Update.refuse(.searching, quietly: true, &state)
        }
        guard let outcome = state.search.outcome else {
            return Update.refuse(.noSearch(key: Update.keyLabel(.search, in: .dashboard, state)), &state)
        }
        guard !outcome.isEmpty else { return Update.refuse(.noResults, &state) }
        let count = outcome.stops.count
        let next = outcome.current.map { (($0 + delta) % count + count) % count } ?? (delta > 0 ? 0 : count - 1)
        jump(to: next, &state)
        return []
    }

    /// Asks for the search of `query` (nil: none), answered beside the loop; the outcome
    /// shown stays until the answer comes.
    static func ask(_ query: String?, _ state: inout AppState) {
        guard let query, !query.isEmpty else {
            state.search.outcome = nil
            state.search.pending = nil
            return
        }
        state.search.pending = PendingSearch(query: query, issue: state.shown)
    }

    /// The answer to the pending search: it becomes the outcome, and Enter pressed before it
    /// came goes to the first hit now. The same search answered for another issue (after `n`
    /// went there) keeps the hit `n` stands on.
    static func answered(_ answer: SearchOutcome, _ pending: PendingSearch, _ state: inout AppState) -> [Effect] {
        var outcome = answer
        if let before = state.search.outcome, before.query == answer.query, before.stops == answer.stops {
            outcome.current = before.current
        }
        state.search.outcome = outcome
        state.search.pending = nil
        if pending.jump { jump(to: 0, &state) }
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

    /// Opens article `ref` of the shown issue in the reader, over the view on top.
    static func open(_ ref: ArticleRef, _ state: inout AppState) {
        state.views.push(.reader(reader(for: ref, state)))
    }

    /// The reader on an article with the search's matches marked, scrolled to the first match
    /// in the body (or the top when only the headline matched); with no search, where the
    /// article was left.
    static func reader(for ref: ArticleRef, _ state: AppState) -> ReaderState {
        var reader = ReaderState(scorecard: ref.scorecard, article: ref.article)
        guard let matches = state.search.outcome?.matches(for: ref) else {
            if let article = ReaderUpdate.article(reader, state) {
                reader.anchor = state.readingPosition(article.id) ?? .top
            }
            return reader
        }
        reader.marks = marks(matches.spans, currentFrom: nil)
        if let current = reader.currentMark { ReaderUpdate.show(reader.marks[current], in: &reader, state: state) }
        return reader
    }

    /// Marks in reading order, the first in the body at or after `from` current (the first
    /// in the body when none is after it; a headline mark when the body has none).
    static func marks(_ spans: [ArticleSpan], currentFrom from: ArticlePosition?) -> [TextMark] {
        var marks = TextMark.sorted(spans.map { TextMark($0) })
        let body = marks.indices.filter { !marks[$0].span.part.isHeadline }
        let current = from.flatMap { from in body.first { marks[$0].span.start >= from } } ?? body.first ?? marks.indices.first
        if let current { marks[current].current = true }
        return marks
    }
}
