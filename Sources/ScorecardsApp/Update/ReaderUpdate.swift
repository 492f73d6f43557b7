import ScorecardsCore

enum ReaderUpdate {
    /// The reader opened on an article with a figure highlighted (every place it is stated,
    /// the first one current) and scrolled so its sentence shows with two lines above it.
    static func opening(_ scorecard: Int, _ article: Int, figure: Metric, state: AppState) -> ReaderState {
        let marks = figure.sources.enumerated().map { i, source in
            TextMark(block: source.paragraph + 1, range: source.span, current: i == 0)
        }
        var reader = ReaderState(scorecard: scorecard, article: article, marks: marks)
        if let first = marks.first {
            reader.anchor = anchorShowing(first, reader: reader, state: state)
        }
        return reader
    }

    /// A scroll position with `mark` two lines below the top.
    static func anchorShowing(_ mark: TextMark, reader: ReaderState, state: AppState) -> ReaderAnchor {
        guard mark.block > 0 else { return .top }
        let document = ReaderDocument.build(state: state, reader: reader)
        let line = document.lineIndex(of: ReaderAnchor(block: mark.block, offset: mark.range.lowerBound))
        return document.lines.isEmpty ? .top : document.lines[max(0, line - 2)].anchor
    }

    /// n and N in the reader: the next highlighted match in this article, wrapping.
    static func stepMark(_ delta: Int, _ reader: inout ReaderState, state: AppState) -> [Effect] {
        guard !reader.marks.isEmpty else { return [.bell] }
        let count = reader.marks.count
        let current = reader.marks.firstIndex { $0.current } ?? (delta > 0 ? count - 1 : 0)
        let next = ((current + delta) % count + count) % count
        for i in reader.marks.indices { reader.marks[i].current = i == next }
        reader.anchor = anchorShowing(reader.marks[next], reader: reader, state: state)
        return []
    }

    /// `action` `count` times over, as long as the reader stays open (the mouse wheel).
    static func handle(_ action: Action, repeating count: Int, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for _ in 0..<max(1, count) {
            guard case .reader(let current) = state.screen else { break }
            effects += handle(action, current, &state)
        }
        return effects
    }

    static func handle(_ action: Action, _ reader: ReaderState, _ state: inout AppState) -> [Effect] {
        var reader = reader
        remember(reader, &state)
        let document = ReaderDocument.build(state: state, reader: reader)
        let page = max(1, document.viewport.height)
        switch action {
        case .back:
            state.screen = .dashboard
            return []
        case .search:
            SearchUpdate.start(&state)
            return []
        case .searchNext, .searchPrevious:
            let effects = stepMark(action == .searchNext ? 1 : -1, &reader, state: state)
            state.screen = .reader(reader)
            return effects
        case .moveDown: reader.anchor = document.anchor(scrolledBy: 1, from: reader.anchor)
        case .moveUp: reader.anchor = document.anchor(scrolledBy: -1, from: reader.anchor)
        case .pageDown: reader.anchor = document.anchor(scrolledBy: max(1, page - 1), from: reader.anchor)
        case .pageUp: reader.anchor = document.anchor(scrolledBy: -max(1, page - 1), from: reader.anchor)
        case .halfPageDown: reader.anchor = document.anchor(scrolledBy: max(1, page / 2), from: reader.anchor)
        case .halfPageUp: reader.anchor = document.anchor(scrolledBy: -max(1, page / 2), from: reader.anchor)
        case .top: reader.anchor = .top
        case .bottom: reader.anchor = document.anchor(scrolledBy: Int.max / 2, from: reader.anchor)
        case .nextArticle, .previousArticle:
            let step = action == .nextArticle ? 1 : -1
            let articles = state.issue.scorecards[reader.scorecard].articles
            let target = reader.article + step
            if articles.indices.contains(target) {
                reader = ReaderState(scorecard: reader.scorecard, article: target,
                                     anchor: state.readingPosition(articles[target].id) ?? .top)
                // The dashboard's selection follows, so going back lands on this article.
                state.panes[reader.scorecard].selection = target
            } else {
                return [.bell]
            }
        default:
            break
        }
        state.screen = .reader(reader)
        remember(reader, &state)
        return []
    }

    /// Notes where the reader stands in its article, for reopening it there.
    static func remember(_ reader: ReaderState, _ state: inout AppState) {
        guard state.issue.scorecards.indices.contains(reader.scorecard),
              state.issue.scorecards[reader.scorecard].articles.indices.contains(reader.article) else { return }
        let id = state.issue.scorecards[reader.scorecard].articles[reader.article].id
        state.setReadingPosition(id, reader.anchor)
    }
}
