enum ReaderUpdate {
    static func handle(_ action: Action, _ reader: ReaderState, _ state: inout AppState) -> [Effect] {
        var reader = reader
        let document = ReaderDocument.build(state: state, reader: reader)
        let page = max(1, document.viewport.height)
        switch action {
        case .back:
            state.screen = .dashboard
            return []
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
                reader = ReaderState(scorecard: reader.scorecard, article: target)
                // The dashboard's selection follows, so going back lands on this article.
                state.panes[reader.scorecard].selection = target
            } else {
                return [.bell]
            }
        default:
            break
        }
        state.screen = .reader(reader)
        return []
    }
}
