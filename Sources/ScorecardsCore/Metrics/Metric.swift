/// Where a figure is written: one paragraph of an article and the figure's place in it.
public struct MetricSource: Equatable, Hashable, Sendable, Codable {
    /// Index into the article's paragraphs.
    public var paragraph: Int
    /// Offsets in Unicode scalars, from the figure's first numeral through the end of its unit.
    /// A 余/多 written inside the figure ("2万余家") is covered; qualifiers before the number
    /// (约, 近, 超过) and after the unit (以上, 以内) are not. For "百分之八点五" the span
    /// starts at 百, since that prefix is the unit.
    public var span: Range<Int>

    public init(paragraph: Int, span: Range<Int>) {
        self.paragraph = paragraph
        self.span = span
    }
}

/// One reported quantity of an article.
public struct Metric: Equatable, Sendable {
    /// What is measured, taken from the sentence; empty when the text names nothing.
    public var label: String
    /// The number as written: 1060 for "1060亿元", 20000 for "两万余条". For a metric that
    /// only reports a change ("PM10同比下降7.9%") it is the magnitude, 7.9.
    public var value: Double
    /// The unit as written, scale included ("亿元", "万平方米"); full-width ％ is written "%".
    public var unit: String
    /// Signed change in percent: 增长8.5% → 8.5, 下降7.9% → -7.9; nil when none is stated.
    public var changePercent: Double?
    /// One of `MetricQualifier.all`, or nil.
    public var qualifier: String?
    /// The period the figure belongs to, or nil when the text does not tell.
    public var year: Int?
    /// First where the figure is first stated, then where it is reported again.
    public var sources: [MetricSource]

    public init(
        label: String,
        value: Double,
        unit: String,
        changePercent: Double? = nil,
        qualifier: String? = nil,
        year: Int? = nil,
        sources: [MetricSource] = []
    ) {
        self.label = label
        self.value = value
        self.unit = unit
        self.changePercent = changePercent
        self.qualifier = qualifier
        self.year = year
        self.sources = sources
    }
}

extension Metric {
    /// The unit split into scale and base.
    public var parsedUnit: MetricUnit { MetricUnit(unit) }

    /// The value in the base unit: 1060亿元 → 1.06e11 元.
    public var normalizedValue: Double { value * parsedUnit.scale }

    public var isPercent: Bool { parsedUnit.isPercent }

    /// True for a metric that states only a rate of change ("违法犯罪警情同比下降17%").
    public var isChangeOnly: Bool {
        guard isPercent, let change = changePercent else { return false }
        return abs(change) == value
    }

    /// The value one period earlier implied by the stated change, in the same unit.
    /// Nil without a change, for percents (a change of a share is not a share), and for
    /// changes of -100% or less, which leave no base to divide by.
    public var priorValue: Double? {
        guard let change = changePercent, !isPercent else { return nil }
        let factor = 1 + change / 100
        guard factor > 0 else { return nil }
        let prior = value / factor
        return prior.isFinite ? prior : nil
    }
}
