import ScorecardsCore
import ScorecardsGrid

/// The key figures of a scorecard at the bottom of its pane, one a row, in aligned columns:
/// label, the figure as printed, the signed change with an arrow, a sparkline and its range.
enum FiguresStrip {
    struct Row {
        var label: String
        var value: String
        var change: String?
        var rising: Bool
        var spark: [SparkCell]
        var range: String?
    }

    /// `frame` and `title` are the pane's own border and title roles: the rule and its tees
    /// are part of the frame, so a focused pane's frame stays whole.
    static func draw(_ state: AppState, card index: Int, glyphs: GlyphSet, frame: Role, title: Role,
                     in rect: Rect, into grid: inout Grid) {
        guard rect.height > 0 else { return }
        // The rule runs into the pane's borders, joined by tees.
        let rule = glyphs.teeLeft + String(repeating: glyphs.horizontal, count: max(0, rect.width)) + glyphs.teeRight
        grid.put(rule, x: rect.x - 1, y: rect.y, clip: rect.inset(left: -1, right: -1), role: frame)
        grid.put(" " + state.settings.text(.keyFigures) + " ", x: rect.x + 1, y: rect.y, clip: rect, role: title)
        let body = rect.inset(left: 1, top: 1, right: 1)
        let figures = state.figures.keyFigures.indices.contains(index) ? state.figures.keyFigures[index] : []
        guard !figures.isEmpty else {
            grid.line(state.settings.text(.noFigures), in: body, role: .dim)
            return
        }
        let shown = Array(figures.prefix(body.height))
        let rates = rateExtent(shown), lowest = lowestShare(shown)
        let rows = shown.map { row($0, state.settings, glyphs, rateExtent: rates, lowestShare: lowest) }
        drawTable(rows, in: body, into: &grid)
    }

    /// One extent for every rate series the strip draws, so that two rates compare.
    static func rateExtent(_ figures: [KeyFigure]) -> Double {
        figures.compactMap(\.series).filter(\.isRate).flatMap(\.values).filter(\.isFinite).map(abs).max() ?? 0
    }

    /// One scale for every short series of levels the strip draws, so that two changes compare.
    static func lowestShare(_ figures: [KeyFigure]) -> Double {
        Sparkline.lowestShare(of: figures.compactMap(\.series)
            .filter { !$0.isRate && $0.points.count <= Sparkline.shortSeries }
            .map { $0.points.map { Sparkline.Point($0.value) } })
    }

    static func row(_ figure: KeyFigure, _ settings: Settings, _ glyphs: GlyphSet, rateExtent: Double = 0,
                    lowestShare: Double = Sparkline.relativeFloor) -> Row {
        let metric = figure.metric
        let change = metric.changePercent.map { (($0 >= 0 ? glyphs.rise : glyphs.fall) + FigureFormat.change($0)) }
        var spark: [SparkCell] = []
        var range: String?
        if let series = figure.series, series.points.count > 1 {
            let points = series.points.map { Sparkline.Point($0.value, derived: $0.derived) }
            let scale: Sparkline.Scale = series.isRate ? .aroundZero(extent: rateExtent)
                : points.count <= Sparkline.shortSeries ? .relative(lowest: lowestShare) : .ownRange
            spark = Sparkline.cells(points, glyphs: glyphs, scale: scale)
            range = rangeText(series, glyphs)
        }
        return Row(label: settings.display(metric.label), value: valueText(figure), change: change,
                   rising: (metric.changePercent ?? 0) >= 0, spark: spark, range: range)
    }

    /// The figure as printed, marked 预 when it is an estimate and /年 when it is an amount
    /// per year; empty for a figure that is only a change, which shows in the change column.
    static func valueText(_ figure: KeyFigure) -> String {
        let metric = figure.metric
        guard !metric.isChangeOnly else { return "" }
        let estimate = metric.isEstimate ? FiguresLegend.estimateMark : ""
        let perYear = metric.period?.perYear == true ? "/年" : ""
        return estimate + figure.asWritten + perYear
    }

    /// `≈976–1060亿`: the values the bars stand for, in the unit's scale, marked as worked
    /// out when one end is a derived value. The low end is rounded down and the high end up,
    /// so the figure shown beside it always lies inside.
    static func rangeText(_ series: FigureSeries, _ glyphs: GlyphSet) -> String? {
        let values = series.values.filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else { return nil }
        let scale = scalePrefix(series.unit)
        let estimated = series.points.contains { $0.derived && ($0.value == low || $0.value == high) }
        let body = low == high ? FigureFormat.number(low)
            : FigureFormat.number(low, rounding: .down) + glyphs.rangeDash + FigureFormat.number(high, rounding: .up)
        return (estimated ? glyphs.approximately : "") + body + scale
    }

    /// 亿元 → 亿, 万平方米 → 万, 户 → 户, % → %.
    static func scalePrefix(_ unit: String) -> String {
        if let first = unit.first, first == "万" || first == "亿" { return String(first) }
        return unit
    }

    /// Labels come first: a narrow pane drops the range, then the bars, before it cuts a
    /// label below its full width (up to `labelPriority` columns).
    static let labelPriority = 16

    static func drawTable(_ rows: [Row], in rect: Rect, into grid: inout Grid) {
        let valueWidth = rows.map { grid.width(of: $0.value) }.max() ?? 0
        let changeWidth = rows.map { $0.change.map { grid.width(of: $0) } ?? 0 }.max() ?? 0
        let sparkWidth = rows.map { $0.spark.reduce(0) { $0 + grid.width(of: $1.glyph) } }.max() ?? 0
        var rangeWidth = rows.map { $0.range.map { grid.width(of: $0) } ?? 0 }.max() ?? 0
        let wanted = min(labelPriority, rows.map { grid.width(of: $0.label) }.max() ?? 0)
        var showSpark = sparkWidth > 0
        func fixed() -> Int {
            valueWidth + (changeWidth > 0 ? changeWidth + 1 : 0) + (showSpark ? sparkWidth + 1 : 0) + (rangeWidth > 0 ? rangeWidth + 1 : 0) + 1
        }
        if rect.width - fixed() < wanted { rangeWidth = 0 }
        if rect.width - fixed() < min(wanted, 8) { showSpark = false }
        let labelWidth = max(0, rect.width - fixed())
        for (i, row) in rows.enumerated() {
            let y = rect.y + i
            var x = rect.x
            grid.line(row.label, in: Rect(x: x, y: y, width: labelWidth, height: 1), role: .figureLabel)
            x += labelWidth + 1
            grid.line(row.value, in: Rect(x: x, y: y, width: valueWidth, height: 1), align: .right, role: .figureValue)
            x += valueWidth + 1
            if changeWidth > 0 {
                if let change = row.change {
                    grid.line(change, in: Rect(x: x, y: y, width: changeWidth, height: 1), align: .right,
                              role: row.rising ? .rise : .fall)
                }
                x += changeWidth + 1
            }
            if showSpark {
                grid.put(row.spark, x: x, y: y, clip: Rect(x: x, y: y, width: sparkWidth, height: 1))
                x += sparkWidth + 1
            }
            if rangeWidth > 0, let range = row.range {
                grid.line(range, in: Rect(x: x, y: y, width: rangeWidth, height: 1), role: .dim)
            }
        }
    }
}
