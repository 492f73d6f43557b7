import ScorecardsCore

enum ReaderUpdate {
    /// The reader opened on an article with a figure highlighted (every place it is stated,
    /// the first one current) and scrolled so its sentence shows with two lines above it.
    static func opening(_ scorecard: Int, _ article: Int, figure: Metric, state: AppState) -> ReaderState {
        let marks = figure.sources.enumerated().map { i, source in TextMark(source.articleSpan, current: i == 0) }
        var reader = ReaderState(scorecard: scorecard, article: article, marks: TextMark.sorted(marks))
        if let current = reader.currentMark {
            reader.anchor = anchorShowing(reader.marks[current], reader: reader, state: state)
        }
        return reader
    }

    /// The article `reader` shows, if the shown issue has it.
    static func article(_ reader: ReaderState, _ state: AppState) -> Article? {
        let cards = state.issue.scorecards
        guard cards.indices.contains(reader.scorecard), cards[reader.scorecard].articles.indices.contains(reader.article) else { return nil }
        return cards[reader.scorecard].articles[reader.article]
    }

    /// A scroll position with `mark` two lines below the top; a headline mark shows the top.
    static func anchorShowing(_ mark: TextMark, reader: ReaderState, state: AppState) -> ReaderAnchor {
        guard !mark.span.part.isHeadline else { return .top }
        return ReaderDocument.build(state: state, reader: reader).anchor(showing: mark.span.start, above: 2)
    }

    /// The answer to `/` in the reader: every match of `query` in this article marked, the
    /// first at or after the place reading started from current, and the page moved to show
    /// it. It goes to the reader that asked, wherever it stands, unless it has moved on.
    static func found(_ spans: [ArticleSpan], query: String, article: ArticleRef, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        let asked = state.views.views.lastIndex { view in
            guard case .reader(let reader) = view, reader.pendingFind?.query == query else { return false }
            return article == ArticleRef(issue: state.shown, scorecard: reader.scorecard, article: reader.article)
        }
        guard let asked, case .reader(var reader) = state.views.views[asked], let pending = reader.pendingFind else { return [] }
        let from: ArticlePosition? = if case .text(let position) = pending.from { position } else { nil }
        reader.pendingFind = nil
        reader.find = query
        reader.marks = SearchUpdate.marks(spans, currentFrom: from)
        if let current = reader.currentMark {
            reader.anchor = anchorShowing(reader.marks[current], reader: reader, state: state)
        } else {
            reader.anchor = pending.from
        }
        // Enter was pressed before the answer came: as at once, nothing found is said.
        if pending.accepted, reader.marks.isEmpty { effects = Update.refuse(.matchCount(0), &state) }
        state.views.update { view in
            if case .reader(let other) = view, other.pendingFind?.query == query,
               other.scorecard == reader.scorecard, other.article == reader.article {
                view = .reader(reader)
            }
        }
        return effects
    }

    /// n and N in the reader: the next highlighted match in this article, wrapping.
    static func stepMark(_ delta: Int, _ reader: inout ReaderState, state: inout AppState) -> [Effect] {
        guard !reader.marks.isEmpty else {
            return Update.refuse(.noMatchInArticle(key: Update.keyLabel(.search, in: .reader, state)), &state)
        }
        let count = reader.marks.count
        let current = reader.currentMark ?? (delta > 0 ? count - 1 : 0)
        let next = ((current + delta) % count + count) % count
        for i in reader.marks.indices { reader.marks[i].current = i == next }
        reader.anchor = anchorShowing(reader.marks[next], reader: reader, state: state)
        return []
    }

    /// `action` `count` times over, as long as the reader stays on top (the mouse wheel).
    static func handle(_ action: Action, repeating count: Int, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for _ in 0..<max(1, count) {
            guard case .reader(let current) = state.views.top else { break }
            effects += handle(action, current, &state)
        }
        return effects
    }

    static func handle(_ action: Action, _ reader: ReaderState, _ state: inout AppState) -> [Effect] {
        var reader = reader
        remember(reader, &state)
        let document = ReaderDocument.build(state: state, reader: reader)
        let page = max(1, document.viewport.height)
        var effects: [Effect] = []
        switch action {
        case .back:
            state.views.pop()
            return []
        case .search:
            state.views.push(.prompt(PromptState(.find, editor: LineEditor(history: state.history.queries), before: .reader(reader))))
            return []
        case .searchNext, .searchPrevious:
            effects = stepMark(action == .searchNext ? 1 : -1, &reader, state: &state)
        case .copy:
            return CopyUpdate.copy(CopyUpdate.paragraph(reader, document, state), &state)
        case .moveDown: reader.anchor = document.anchor(scrolledBy: 1, from: reader.anchor)
        case .moveUp: reader.anchor = document.anchor(scrolledBy: -1, from: reader.anchor)
        case .pageDown: reader.anchor = document.anchor(scrolledBy: max(1, page - 1), from: reader.anchor)
        case .pageUp: reader.anchor = document.anchor(scrolledBy: -max(1, page - 1), from: reader.anchor)
        case .halfPageDown: reader.anchor = document.anchor(scrolledBy: max(1, page / 2), from: reader.anchor)
        case .halfPageUp: reader.anchor = document.anchor(scrolledBy: -max(1, page / 2), from: reader.anchor)
        case .top: reader.anchor = .top
        case .bottom: reader.anchor = document.bottomAnchor
        case .nextArticle, .previousArticle:
            let step = action == .nextArticle ? 1 : -1
            let articles = state.issue.scorecards[reader.scorecard].articles
            let target = reader.article + step
            guard articles.indices.contains(target) else {
                return Update.refuse(action == .nextArticle ? .lastArticle : .firstArticle, &state)
            }
            reader = ReaderState(scorecard: reader.scorecard, article: target,
                                 anchor: state.readingPosition(articles[target].id) ?? .top)
            // The dashboard's selection follows, so going back lands on this article.
            state.panes[reader.scorecard].selection = target
        default:
            break
        }
        state.views.replaceTop(.reader(reader))
        remember(reader, &state)
        return effects
    }

    /// Notes where the reader stands in its article, for reopening it there.
    static func remember(_ reader: ReaderState, _ state: inout AppState) {
        guard let article = article(reader, state) else { return }
        state.setReadingPosition(article.id, reader.anchor)
    }
}
