/// A point of a sparkline: a period and its value. `value` nil marks a period with no
/// figure, drawn with a glyph of its own rather than invented; `derived` marks a value
/// worked out from a stated change rather than printed.
public struct SeriesPoint: Equatable, Sendable {
    public var year: Int?
    public var value: Double?
    public var derived: Bool

    public init(year: Int?, value: Double?, derived: Bool = false) {
        self.year = year
        self.value = value
        self.derived = derived
    }
}

/// The history of one figure, oldest first.
public struct FigureSeries: Equatable, Sendable {
    public var points: [SeriesPoint]
    public var unit: String
    /// Percentages are rates: drawn around zero rather than between their own extremes.
    public var isRate: Bool

    public init(points: [SeriesPoint], unit: String, isRate: Bool) {
        self.points = points
        self.unit = unit
        self.isRate = isRate
    }

    public var values: [Double] { points.compactMap(\.value) }
    public var hasDerivedPoint: Bool { points.contains { $0.derived } }

    /// From one issue, never inventing a point: a figure stated for several years gives
    /// those years; otherwise a stated change gives the year before as a derived point.
    public static func within(article: Article, metric: Metric, reportYear: Int?,
                              statements: (Int) -> [MetricSeries.YearlySeries]? = { _ in nil }) -> FigureSeries? {
        if let first = metric.sources.first, article.paragraphs.indices.contains(first.paragraph) {
            let stated = statements(first.paragraph) ?? MetricSeries.yearlySeries(
                in: article.paragraphs[first.paragraph], paragraphIndex: first.paragraph, reportYear: reportYear)
            if let match = stated.first(where: { $0.source.span == first.span }), match.points.count > 1 {
                return FigureSeries(points: match.points.map { SeriesPoint(year: $0.year, value: $0.value) },
                                    unit: metric.unit, isRate: metric.isPercent)
            }
        }
        if let prior = MetricSeries.derivedPrior(metric) {
            return FigureSeries(points: [SeriesPoint(year: prior.year, value: prior.value, derived: true),
                                         SeriesPoint(year: metric.year, value: metric.value)],
                                unit: metric.unit, isRate: false)
        }
        return nil
    }
}
