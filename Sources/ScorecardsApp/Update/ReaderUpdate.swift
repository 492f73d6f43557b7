import ScorecardsCore

enum ReaderUpdate {
    /// The reader opened on an article with a figure highlighted (every place it is stated,
    /// the first one current) and scrolled so its sentence shows with two lines above it.
    static func opening(_ scorecard: Int, _ article: Int, figure: Metric, state: AppState) -> ReaderState {
        let marks = figure.sources.enumerated().map { i, source in TextMark(source.articleSpan, current: i == 0) }
        var reader = ReaderState(scorecard: scorecard, article: article, marks: TextMark.sorted(marks))
        if let current = reader.currentMark { show(reader.marks[current], in: &reader, state: state) }
        return reader
    }

    /// The article `reader` shows, if the shown issue has it.
    static func article(_ reader: ReaderState, _ state: AppState) -> Article? {
        let cards = state.issue.scorecards
        guard cards.indices.contains(reader.scorecard), cards[reader.scorecard].articles.indices.contains(reader.article) else { return nil }
        return cards[reader.scorecard].articles[reader.article]
    }

    /// Scrolls `reader` to show `mark` two lines below the top; a headline mark shows the top.
    /// `layout` is the reader's, and keeps what showing the mark laid out.
    static func show(_ mark: TextMark, _ reader: inout ReaderState, _ layout: inout ReaderLayout) {
        reader.anchor = mark.span.part.isHeadline ? .top : layout.anchor(showing: mark.span.start, above: 2)
    }

    /// The same for a reader whose layout is not at hand (one just opened, or not on top).
    static func show(_ mark: TextMark, in reader: inout ReaderState, state: AppState) {
        var layout = ReaderLayout.current(reader, in: state)
        show(mark, &reader, &layout)
        reader.layout = layout
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
            show(reader.marks[current], in: &reader, state: state)
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
    static func stepMark(_ delta: Int, _ reader: inout ReaderState, _ layout: inout ReaderLayout,
                         state: inout AppState) -> [Effect] {
        guard !reader.marks.isEmpty else {
            return Update.refuse(.noMatchInArticle(key: Update.keyLabel(.search, in: .reader, state)), &state)
        }
        let count = reader.marks.count
        let current = reader.currentMark ?? (delta > 0 ? count - 1 : 0)
        let next = ((current + delta) % count + count) % count
        for i in reader.marks.indices { reader.marks[i].current = i == next }
        show(reader.marks[next], &reader, &layout)
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
        // The layout the last event left; what the key lays out beyond it is kept with it.
        var layout = ReaderLayout.current(reader, in: state)
        let page = max(1, layout.viewport.height)
        let from = reader.anchor
        var effects: [Effect] = []
        switch action {
        case .back:
            state.views.pop()
            return []
        case .search:
            state.views.push(.prompt(PromptState(.find, editor: LineEditor(history: state.history.queries), before: .reader(reader))))
            return []
        case .searchNext, .searchPrevious:
            effects = stepMark(action == .searchNext ? 1 : -1, &reader, &layout, state: &state)
        case .copy:
            return CopyUpdate.copy(CopyUpdate.paragraph(reader, &layout, state), &state)
        case .moveDown: reader.anchor = layout.anchor(scrolledBy: 1, from: from)
        case .moveUp: reader.anchor = layout.anchor(scrolledBy: -1, from: from)
        case .pageDown: reader.anchor = layout.anchor(scrolledBy: max(1, page - 1), from: from)
        case .pageUp: reader.anchor = layout.anchor(scrolledBy: -max(1, page - 1), from: from)
        case .halfPageDown: reader.anchor = layout.anchor(scrolledBy: max(1, page / 2), from: from)
        case .halfPageUp: reader.anchor = layout.anchor(scrolledBy: -max(1, page / 2), from: from)
        case .top: reader.anchor = .top
        case .bottom: reader.anchor = layout.bottomAnchor
        case .nextArticle, .previousArticle:
            let step = action == .nextArticle ? 1 : -1
            let articles = state.issue.scorecards[reader.scorecard].articles
            let target = reader.article + step
            guard articles.indices.contains(target) else {
                return Update.refuse(action == .nextArticle ? .lastArticle : .firstArticle, &state)
            }
            reader = ReaderState(scorecard: reader.scorecard, article: target,
                                 anchor: state.readingPosition(articles[target].id) ?? .top)
            layout = ReaderLayout.current(reader, in: state)
            // The dashboard's selection follows, so going back lands on this article.
            state.panes[reader.scorecard].selection = target
        default:
            break
        }
        reader.layout = layout
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
