import ScorecardsGrid

/// The search prompt on the bottom row, and the search summary shown once it closes.
enum SearchPrompt {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let count = state.search.outcome.map { state.settings.text(.articleCount($0.stops.count)) }
        let trailing = state.search.editor.text.isEmpty ? state.settings.text(.searchHint) : count
        PromptLine.draw(label: "/", editor: state.search.editor, trailing: trailing, in: rect, into: &grid)
    }

    /// `/武昌 3/12`, or `/武昌 无结果`.
    static func summary(_ state: AppState) -> String? {
        guard let outcome = state.search.outcome else { return nil }
        guard !outcome.isEmpty else { return "/\(outcome.query) " + state.settings.text(.noResults) }
        let position = outcome.current.map { "\($0 + 1)" } ?? "–"
        return "/\(outcome.query) \(position)/\(outcome.stops.count)"
    }
}
