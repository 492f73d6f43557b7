import ScorecardsCore

/// `y`: the selected headline, the paragraph being read, or the selected figure, with
/// where it comes from, onto the clipboard. The text is copied as printed (source
/// punctuation), not as displayed.
enum CopyUpdate {
    static func copy(_ state: inout AppState) -> [Effect] {
        guard let (text, card) = content(state) else { return [.bell] }
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

    private static func content(_ state: AppState) -> (String, Scorecard)? {
        let cards = state.issue.scorecards
        switch state.screen {
        case .dashboard:
            guard cards.indices.contains(state.focus) else { return nil }
            let card = cards[state.focus]
            let selection = state.panes[state.focus].selection
            guard card.articles.indices.contains(selection) else { return nil }
            return (card.articles[selection].headline.joined(separator: " "), card)
        case .reader(let reader):
            guard cards.indices.contains(reader.scorecard), cards[reader.scorecard].articles.indices.contains(reader.article) else { return nil }
            let card = cards[reader.scorecard], article = card.articles[reader.article]
            // The paragraph with the current match, else the one at the top of the page.
            let block = reader.marks.first(where: { $0.current && $0.block > 0 })?.block ?? max(1, reader.anchor.block)
            guard article.paragraphs.indices.contains(block - 1) else {
                return (article.headline.joined(separator: " "), card)
            }
            return (article.paragraphs[block - 1], card)
        case .metrics(let metrics):
            let rows = MetricRows.rows(state.issue, metrics, settings: state.settings)
            guard rows.indices.contains(metrics.selection) else { return nil }
            let row = rows[metrics.selection]
            var details: [String] = []
            if let qualifier = row.metric.qualifier { details.append(qualifier) }
            if let year = row.metric.year { details.append("\(year)年") }
            if let change = row.metric.changePercent { details.append("同比" + FigureFormat.change(change)) }
            let suffix = details.isEmpty ? "" : "（" + details.joined(separator: "，") + "）"
            return ("\(row.metric.label) \(row.asWritten)\(suffix)", cards[row.scorecard])
        }
    }
}
