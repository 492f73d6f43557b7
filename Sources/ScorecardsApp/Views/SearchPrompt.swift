/// What the status bar says of the search once its prompt is closed.
enum SearchPrompt {
    /// `/武昌 3/12`, or `/武昌 无结果`.
    static func summary(_ state: AppState) -> String? {
        guard let outcome = state.search.outcome else { return nil }
        guard !outcome.isEmpty else { return "/\(outcome.query) " + state.settings.text(.noResults) }
        let position = outcome.current.map { "\($0 + 1)" } ?? state.settings.glyphs.rangeDash
        return "/\(outcome.query) \(position)/\(outcome.stops.count)"
    }
}
