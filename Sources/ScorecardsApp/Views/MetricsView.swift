import ScorecardsCore
import ScorecardsGrid

/// The figures table (m): every figure of a scorecard or of all four, sortable and
/// filterable, with the selected figure's details and, where the text shares figures out
/// over categories, their bars.
enum MetricsView {
    /// Draws the table above the status row; returns what the status bar shows on the
    /// right: the filter in effect.
    static func draw(_ state: AppState, _ metrics: MetricsState, into grid: inout Grid) -> String? {
        let settings = state.settings
        let layout = MetricsLayout(size: state.size)
        let rows = MetricRows.rows(state, metrics)
        let width = state.size.width
        let scope = metrics.allScorecards ? settings.text(.allScorecards)
            : state.issue.scorecards.indices.contains(metrics.scorecard) ? state.issue.scorecards[metrics.scorecard].title : ""
        let title = "\(settings.text(.metrics)) · \(scope) · \(settings.text(.sortedBy(metrics.sort))) · \(settings.text(.count(rows.count)))"
        HeaderView.draw(state, in: layout.header, into: &grid, trailing: title)
        let columns = Columns(width: width, grid: grid, rows: rows)
        let titles = layout.titles
        drawRow(cells: [settings.text(.columnLabel), settings.text(.columnValue), settings.text(.columnChange),
                        settings.text(.columnYear), settings.text(.columnArticle)],
                columns: columns, y: titles.y, role: .title, into: &grid)
        let height = layout.table.height
        let extent = rows.compactMap { $0.metric.changePercent.map(abs) }.max() ?? 0
        for r in 0..<height {
            let i = metrics.scroll + r
            guard rows.indices.contains(i) else { break }
            let row = rows[i], y = layout.table.y + r
            let selected = i == metrics.selection
            if selected { grid.fill(Rect(x: 0, y: y, width: width, height: 1), role: .selection) }
            if selected { grid.put(settings.glyphs.selected, x: 0, y: y, role: .selection) }
            let role: Role = selected ? .selection : .normal
            drawRow(cells: [settings.display(row.metric.label), row.metric.isChangeOnly ? "" : row.asWritten, "",
                            row.metric.year.map(String.init) ?? "", row.headline],
                    columns: columns, y: y, role: role, into: &grid)
            if let change = row.metric.changePercent {
                let bar = Sparkline.diverging(change, extent: extent, cells: 3, glyphs: settings.glyphs)
                grid.put(bar, x: columns.change.x, y: y, clip: Rect(x: columns.change.x, y: y, width: 7, height: 1))
                let text = (change >= 0 ? settings.glyphs.rise : settings.glyphs.fall) + FigureFormat.change(change)
                grid.line(text, in: Rect(x: columns.change.x + 8, y: y, width: columns.change.width - 8, height: 1),
                          align: .right, role: selected ? .selection : change >= 0 ? .rise : .fall)
            }
        }
        if rows.isEmpty {
            grid.line(settings.text(.noFigures), in: Rect(x: 2, y: layout.table.y, width: width - 4, height: 1), role: .dim)
        }
        if rows.indices.contains(metrics.selection) {
            drawDetail(rows[metrics.selection], state: state, in: layout.detail, into: &grid)
        }
        return metrics.filter.isEmpty ? nil : settings.text(.filterPrompt) + metrics.filter
    }

    /// Column places: the label and article columns share what the fixed ones leave.
    struct Columns {
        var label, value, change, year, article: Rect

        init(width: Int, grid: Grid, rows: [MetricRow]) {
            let valueWidth = min(14, max(4, rows.map { grid.width(of: $0.asWritten) }.max() ?? 4))
            let changeWidth = 16, yearWidth = 4
            let rest = max(0, width - 2 - valueWidth - changeWidth - yearWidth - 5)
            let articleWidth = width >= 100 ? rest * 2 / 5 : rest / 3
            let labelWidth = rest - articleWidth
            var x = 2
            func next(_ w: Int) -> Rect {
                defer { x += w + 1 }
                return Rect(x: x, y: 0, width: w, height: 1)
            }
            label = next(labelWidth)
            value = next(valueWidth)
            change = next(changeWidth)
            year = next(yearWidth)
            article = next(articleWidth)
        }
    }

    static func drawRow(cells: [String], columns: Columns, y: Int, role: Role, into grid: inout Grid) {
        let rects = [columns.label, columns.value, columns.change, columns.year, columns.article]
        for (i, text) in cells.enumerated() where !text.isEmpty {
            var rect = rects[i]
            rect.y = y
            grid.line(text, in: rect, align: i == 1 || i == 2 ? .right : .left, role: role)
        }
    }

    /// The selected figure in full: qualifier, period, change, the derived year before, and
    /// where it is stated; then category bars when the sentence shares figures out.
    static func drawDetail(_ row: MetricRow, state: AppState, in rect: Rect, into grid: inout Grid) {
        let settings = state.settings
        let metric = row.metric
        var parts = [settings.display(metric.label), row.asWritten]
        if let qualifier = metric.qualifier { parts.append("(\(qualifier))") }
        if let year = metric.year { parts.append(settings.text(.yearLabel(year))) }
        if let change = metric.changePercent { parts.append(settings.text(.changeLabel(FigureFormat.change(change)))) }
        if let prior = MetricSeries.derivedPrior(metric) {
            parts.append(settings.text(.derivedPrior(year: prior.year, value: FigureFormat.number(prior.value) + metric.unit)))
        }
        if metric.sources.count > 1 { parts.append(settings.text(.statedTimes(metric.sources.count))) }
        let rule = String(repeating: settings.glyphs.horizontal, count: max(0, rect.width))
        grid.put(rule, x: rect.x, y: rect.y, role: .border)
        grid.line(parts.joined(separator: " "), in: Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: 1), role: .figureValue)
        // Only the selected figure's paragraph is read for categories, and only when shown.
        let cards = state.issue.scorecards
        guard cards.indices.contains(row.scorecard), cards[row.scorecard].articles.indices.contains(row.article),
              let source = metric.sources.first,
              cards[row.scorecard].articles[row.article].paragraphs.indices.contains(source.paragraph) else { return }
        let paragraph = cards[row.scorecard].articles[row.article].paragraphs[source.paragraph]
        guard let group = MetricSeries.categoryGroups(paragraphs: [paragraph])
            .first(where: { g in !g.isChange && g.items.contains { $0.span == source.span } }) else { return }
        let top = group.items.map(\.value).max() ?? 0
        let labelWidth = group.items.map { grid.width(of: $0.category) }.max() ?? 0
        for (i, item) in group.items.enumerated() where i + 2 < rect.height {
            let y = rect.y + 2 + i
            let current = item.span == source.span
            grid.line(settings.display(item.category), in: Rect(x: rect.x + 2, y: y, width: labelWidth, height: 1),
                      role: current ? .figureValue : .figureLabel)
            let barWidth = max(1, min(30, rect.width / 3))
            let bar = Sparkline.bar(item.value, maximum: top, width: barWidth, glyphs: settings.glyphs)
            grid.put(bar, x: rect.x + 3 + labelWidth, y: y, clip: rect)
            grid.put(FigureFormat.number(item.value) + group.unit, x: rect.x + 4 + labelWidth + barWidth, y: y, clip: rect,
                     role: current ? .figureValue : .figureLabel)
        }
    }
}
