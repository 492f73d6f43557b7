import ScorecardsCore

/// Work beside the loop, seen from the state machine. After every event the state says
/// which jobs it wants (a search typed and not answered, a find, the measure of the article
/// on screen, the catalogue of figures for an open figures table); the jobs under way are brought in line with that, and each result is taken in
/// as an event, or dropped when the state has moved on.
enum WorkUpdate {
    /// The jobs the state wants, by kind.
    static func wanted(_ state: AppState) -> [JobSlot: Job] {
        var jobs: [JobSlot: Job] = [:]
        if let pending = state.search.pending {
            jobs[.search] = .search(pending.query, issue: pending.issue, in: state.searchIndex)
        }
        for case .reader(let reader) in state.views.views.reversed() {
            guard let find = reader.pendingFind else { continue }
            let ref = ArticleRef(issue: state.shown, scorecard: reader.scorecard, article: reader.article)
            jobs[.find] = .find(find.query, in: ref, engine: state.searchIndex)
            break
        }
        if case .reader(let reader) = state.views.screen, let article = ReaderUpdate.article(reader, state),
           state.size.width >= DashboardLayout.minimum.width, state.size.height >= DashboardLayout.minimum.height {
            let key = MeasureKey(state.issue, article, ReaderLayout.geometry(width: state.size.width, settings: state.settings))
            if state.measures[key] == nil { jobs[.measure] = .measure(article, key) }
        }
        let tableOpen = state.views.views.contains { if case .metrics = $0 { true } else { false } }
        if tableOpen, state.figureCatalogue?.key != FigureCatalogue.Key(state.issue, state.settings) {
            jobs[.figures] = .figures(state.issue, settings: state.settings)
        }
        return jobs
    }

    /// Starts what is wanted and not under way, and cancels what is under way and no
    /// longer wanted. Nothing new starts once the program is quitting.
    static func reconcile(_ state: inout AppState) -> [Effect] {
        let wanted = state.quitting ? [:] : wanted(state)
        var effects: [Effect] = []
        for slot in JobSlot.allCases {
            let want = wanted[slot]
            guard want?.key != state.work.running[slot] else { continue }
            if let want {
                state.work.begin(want.key)
                effects.append(.start(want))
            } else {
                state.work.end(slot)
                effects.append(.cancel(slot))
            }
        }
        return effects
    }

    /// A job's result. A measure is kept whenever it comes (going back to its article then
    /// costs nothing); a search or find only while it is the one under way.
    static func take(_ result: WorkResult, _ state: inout AppState) -> [Effect] {
        let current = state.work.isRunning(result.key)
        if current { state.work.end(result.key.slot) }
        switch result.value {
        case .measure(let measure):
            state.measures.insert(measure)
            return []
        case .figures(let catalogue):
            // Kept whenever it is the shown issue's, as it is shown.
            guard catalogue.key == FigureCatalogue.Key(state.issue, state.settings), catalogue.issue == state.issue else { return [] }
            state.figureCatalogue = catalogue
            return []
        case .outcome(let outcome):
            guard current, let pending = state.search.pending else { return [] }
            return SearchUpdate.answered(outcome, pending, &state)
        case .spans(let spans):
            guard current, case .find(let query, let article, _) = result.key else { return [] }
            return ReaderUpdate.found(spans, query: query, article: article, &state)
        }
    }
}
