/// Where a figure stands in an article.
public struct MetricSource: Equatable, Hashable, Sendable, Codable {
    /// Index into the article's paragraphs.
    public var paragraph: Int
    /// Offsets in Unicode scalars of the figure in that paragraph.
    public var span: Range<Int>

    public init(paragraph: Int, span: Range<Int>) {
        self.paragraph = paragraph
        self.span = span
    }
}

/// A reported quantity: 地区生产总值 1060亿元, 增长8.5%.
public struct Metric: Equatable, Sendable {
    public var label: String
    public var value: Double
    public var unit: String
    public var changePercent: Double?
    public var qualifier: String?
    public var year: Int?
    public var sources: [MetricSource]

    public init(label: String, value: Double, unit: String, changePercent: Double? = nil,
                qualifier: String? = nil, year: Int? = nil, sources: [MetricSource]) {
        self.label = label
        self.value = value
        self.unit = unit
        self.changePercent = changePercent
        self.qualifier = qualifier
        self.year = year
        self.sources = sources
    }
}
