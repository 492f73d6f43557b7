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
        let table = metrics.table
        let width = state.size.width
        let scope = metrics.allScorecards ? settings.text(.allScorecards)
            : state.issue.scorecards.indices.contains(metrics.scorecard) ? state.issue.scorecards[metrics.scorecard].title : ""
        // Until the figures are listed (beside the loop, the status bar saying so), no count.
        let count = table.isReady ? " · \(settings.text(.count(table.count)))" : ""
        let title = "\(settings.text(.metrics)) · \(scope) · \(settings.text(.sortedBy(metrics.sort)))" + count
        HeaderView.draw(state, in: layout.header, into: &grid, trailing: title)
        let columns = Columns(width: width, table: table)
        let titles = layout.titles
        drawRow(cells: [settings.text(.columnLabel), settings.text(.columnValue), settings.text(.columnChange),
                        settings.text(.columnYear), settings.text(.columnArticle)],
                columns: columns, y: titles.y, role: .title, into: &grid)
        let height = layout.table.height
        for r in 0..<height {
            let i = metrics.scroll + r
            guard let row = table.row(i) else { break }
            let y = layout.table.y + r
            let selected = i == metrics.selection
            if selected { grid.fill(Rect(x: 0, y: y, width: width, height: 1), role: .selection) }
            if selected { grid.put(settings.glyphs.selected, x: 0, y: y, role: .selection) }
            let role: Role = selected ? .selection : .normal
            drawRow(cells: [row.label, row.value, "", row.metric.year.map(String.init) ?? "", row.headline],
                    columns: columns, y: y, role: role, into: &grid)
            if let change = row.metric.changePercent {
                if columns.showBar {
                    // One scale for the whole table; the selected row keeps its highlight through the bar.
                    let bar = ChangeBar.cells(change, extent: table.changeExtent, side: 3, glyphs: settings.glyphs, selected: selected)
                    grid.put(bar, x: columns.change.x, y: y, clip: Rect(x: columns.change.x, y: y, width: Columns.barWidth, height: 1))
                }
                let text = (change >= 0 ? settings.glyphs.rise : settings.glyphs.fall) + FigureFormat.change(change)
                let textX = columns.change.x + (columns.showBar ? Columns.barWidth + 1 : 0)
                grid.line(text, in: Rect(x: textX, y: y, width: columns.change.maxX - textX, height: 1),
                          align: .right, role: selected ? .selection : change >= 0 ? .rise : .fall)
            }
        }
        if table.isReady, table.isEmpty {
            grid.line(settings.text(.noFigures), in: Rect(x: 2, y: layout.table.y, width: width - 4, height: 1), role: .dim)
        }
        if let row = table.row(metrics.selection) {
            drawDetail(row, state: state, in: layout.detail, into: &grid)
        }
        return metrics.filter.isEmpty ? nil : settings.text(.filterPrompt) + metrics.filter
    }

    /// Column places. Labels come first: a narrow table drops the article column, then the
    /// year, then the change bars (keeping the signed change), before it cuts a label below
    /// its full width (up to `labelPriority` columns). What is left goes to the article.
    struct Columns {
        var label, value, change, year, article: Rect
        var showBar = true

        static let labelPriority = 24
        static let barWidth = 7
        static let changeTextWidth = 8
        static let yearWidth = 4
        static let articleMinimum = 10

        /// Columns for the table's rows, from the widths it keeps of them.
        init(width: Int, table: FigureTable) {
            let valueWidth = min(14, max(4, table.isEmpty ? 4 : table.valueWidth))
            let longest = table.labelWidth
            let wanted = min(Self.labelPriority, max(4, longest))
            var showArticle = true, showYear = true, showBar = true
            func fixed() -> Int {
                2 + valueWidth + 1 + (showBar ? Self.barWidth + 1 : 0) + Self.changeTextWidth + 1
                    + (showYear ? Self.yearWidth + 1 : 0) + (showArticle ? Self.articleMinimum + 1 : 0)
            }
            if width - fixed() < wanted { showArticle = false }
            if width - fixed() < wanted { showYear = false }
            if width - fixed() < wanted { showBar = false }
            let changeWidth = (showBar ? Self.barWidth + 1 : 0) + Self.changeTextWidth
            let rest = max(0, width - 2 - valueWidth - changeWidth - (showYear ? Self.yearWidth + 1 : 0) - 2)
            var labelWidth = rest
            var articleWidth = 0
            if showArticle {
                let share = width >= 100 ? rest * 2 / 5 : rest / 3
                labelWidth = max(min(wanted, rest - Self.articleMinimum - 1), rest - share - 1)
                labelWidth = max(labelWidth, min(longest, rest - Self.articleMinimum - 1))
                articleWidth = rest - labelWidth - 1
            }
            var x = 2
            func next(_ w: Int) -> Rect {
                defer { x += w + (w > 0 ? 1 : 0) }
                return Rect(x: x, y: 0, width: w, height: 1)
            }
            self.showBar = showBar
            label = next(labelWidth)
            value = next(valueWidth)
            change = next(changeWidth)
            year = next(showYear ? Self.yearWidth : 0)
            article = next(articleWidth)
        }
    }

    static func drawRow(cells: [String], columns: Columns, y: Int, role: Role, into grid: inout Grid) {
        let rects = [columns.label, columns.value, columns.change, columns.year, columns.article]
        for (i, text) in cells.enumerated() where !text.isEmpty && rects[i].width > 0 {
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
        var parts = [row.label, row.asWritten]
        if !metric.qualifiers.isEmpty { parts.append("(\(metric.qualifiers.joined(separator: "、")))") }
        if let period = metric.period { parts.append(period.text) } else if let year = metric.year { parts.append(settings.text(.yearLabel(year))) }
        if !metric.scope.isEmpty { parts.append(metric.scope.joined(separator: "、")) }
        if let change = metric.changePercent {
            parts.append(settings.text(.changeLabel(FigureFormat.change(change))) + (metric.basis.map { "(\($0))" } ?? ""))
        }
        if let prior = MetricSeries.derivedPrior(metric) {
            parts.append(settings.text(.derivedPrior(year: prior.year, value: FigureFormat.number(prior.value) + metric.unit)))
        }
        if metric.sources.count > 1 { parts.append(settings.text(.statedTimes(metric.sources.count))) }
        let rule = String(repeating: settings.glyphs.horizontal, count: max(0, rect.width))
        grid.put(rule, x: rect.x, y: rect.y, role: .border)
        let legend = FiguresLegend.line(settings, fitting: rect.width - 4) { grid.width(of: $0) }
        if !legend.isEmpty { grid.put(" " + legend + " ", x: rect.x + 1, y: rect.y, clip: rect.inset(right: 1), role: .title) }
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
