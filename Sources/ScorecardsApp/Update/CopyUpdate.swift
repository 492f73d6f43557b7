import ScorecardsCore

/// `y`: the selected headline, the marked paragraph of the reader, or the selected figure,
/// with where it comes from, onto the clipboard. The text is copied as printed (source
/// punctuation), not as displayed.
enum CopyUpdate {
    static func copy(_ content: (text: String, card: Scorecard)?, _ state: inout AppState) -> [Effect] {
        guard let (text, card) = content else { return Update.refuse(.nothingToCopy, &state) }
        let citation = citation(state.issue, card)
        let label = state.settings.language == .zh ? "来源：" : "Source: "
        let copied = text + "\n" + label + citation
        let preview = String(text.prefix(16)) + (text.count > 16 ? "…" : "")
        state.message = state.settings.text(.copied(preview)) + (state.settings.clipboardNote.map { " " + $0 } ?? "")
        return [.copy(copied)]
    }

    /// 《长江日报城区读本》2018年第1期 · B1 发展成绩单 · 2018-01-15
    static func citation(_ issue: IssueDocument, _ card: Scorecard) -> String {
        var parts: [String] = []
        if let publication = issue.publication {
            parts.append("《\(publication)》" + (issue.number ?? ""))
        } else if let title = issue.title {
            parts.append(title)
        }
        parts.append(card.title)
        if let date = issue.date { parts.append(date) }
        return parts.joined(separator: " · ")
    }

    /// The dashboard's selected headline.
    static func headline(_ state: AppState) -> (text: String, card: Scorecard)? {
        let cards = state.issue.scorecards
        guard cards.indices.contains(state.focus) else { return nil }
        let card = cards[state.focus]
        let selection = state.panes[state.focus].selection
        guard card.articles.indices.contains(selection) else { return nil }
        return (card.articles[selection].headline.joined(separator: " "), card)
    }

    /// The paragraph the reader marks for copying (a headline is copied whole).
    static func paragraph(_ reader: ReaderState, _ layout: inout ReaderLayout, _ state: AppState) -> (text: String, card: Scorecard)? {
        guard let article = ReaderUpdate.article(reader, state), let part = layout.copyTarget(reader) else { return nil }
        let card = state.issue.scorecards[reader.scorecard]
        if part.isHeadline { return (article.headline.joined(separator: " "), card) }
        return part.text(in: article).map { ($0, card) }
    }

    /// The figures table's selected figure, with its qualifier, year and change.
    static func figure(_ metrics: MetricsState, _ state: AppState) -> (text: String, card: Scorecard)? {
        guard let row = metrics.table.row(metrics.selection) else { return nil }
        var details: [String] = []
        if let qualifier = row.metric.qualifier { details.append(qualifier) }
        if let year = row.metric.year { details.append("\(year)年") }
        if let change = row.metric.changePercent { details.append("同比" + FigureFormat.change(change)) }
        let suffix = details.isEmpty ? "" : "（" + details.joined(separator: "，") + "）"
        return ("\(row.metric.label) \(row.asWritten)\(suffix)", state.issue.scorecards[row.scorecard])
    }
}
