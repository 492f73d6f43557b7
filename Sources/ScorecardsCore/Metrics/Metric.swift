/// Where a figure is written: one paragraph of an article and the figure's place in it.
public struct MetricSource: Equatable, Hashable, Sendable, Codable {
    /// Index into the article's paragraphs.
    public var paragraph: Int
    /// Offsets in Unicode scalars, from the figure's first numeral through the end of its unit.
    /// A 余/多 written inside the figure ("2万余家") is covered; qualifiers before the number
    /// (约, 近, 超过) and after the unit (以上, 以内) are not. For "百分之八点五" the span
    /// starts at 百, since that prefix is the unit.
    public var span: Range<Int>
    /// The article the paragraph belongs to, when it is not the metric's own: a fact stated
    /// again in another article of the issue (`Metric.sameAs`).
    public var article: String?

    public init(paragraph: Int, span: Range<Int>, article: String? = nil) {
        self.paragraph = paragraph
        self.span = span
        self.article = article
    }
}

/// One reported quantity of an article.
public struct Metric: Equatable, Sendable {
    /// What is measured, worded to read on its own: from the sentence, extended with its verb
    /// or topic when the noun alone is generic, or from the headline that states the figure.
    public var label: String
    /// The number as written: 1060 for "1060亿元", 20000 for "两万余条". For a metric that
    /// only reports a change ("PM10同比下降7.9%") it is the magnitude, 7.9.
    public var value: Double
    /// The unit as written, scale included ("亿元", "万平方米"); full-width ％ is written "%".
    public var unit: String
    /// Signed change in percent: 增长8.5% → 8.5, 下降7.9% → -7.9; nil when none is stated.
    public var changePercent: Double?
    /// Members of `MetricQualifier.all`, the marker closest to the figure first; a 预计 that
    /// heads a list applies to every item of it.
    public var qualifiers: [String]
    /// The period the figure belongs to, or nil when the text does not tell. For an amount
    /// per year over several years, the last of them.
    public var year: Int?
    public var kind: MetricKind
    /// What the change is measured against when the text says so: 同口径 (like for like).
    /// A change with a basis is not against last year's reported figure, so no prior level
    /// is worked out from it.
    public var basis: String?
    /// The time covered, when the text tells more than a year (a run of years, per year, a day).
    public var period: MetricPeriod?
    /// Members of `MetricScope.all`, in that order.
    public var scope: [String]
    /// The id of the first statement of the same fact in the issue, when this is a later one.
    public var sameAs: String?
    /// First where the figure is first stated, then where it is reported again.
    public var sources: [MetricSource]

    public init(
        label: String,
        value: Double,
        unit: String,
        changePercent: Double? = nil,
        qualifier: String? = nil,
        qualifiers: [String]? = nil,
        year: Int? = nil,
        kind: MetricKind? = nil,
        basis: String? = nil,
        period: MetricPeriod? = nil,
        scope: [String] = [],
        sameAs: String? = nil,
        sources: [MetricSource] = []
    ) {
        self.label = label
        self.value = value
        self.unit = unit
        self.changePercent = changePercent
        self.qualifiers = qualifiers ?? qualifier.map { [$0] } ?? []
        self.year = year
        // A percent equal in size to its stated change is a change alone ("下降17%").
        let changeOnly = changePercent.map { abs($0) == value } ?? false
        self.kind = kind ?? MetricKind.of(unit: unit, changeOnly: changeOnly)
        self.basis = basis
        self.period = period
        self.scope = scope
        self.sameAs = sameAs
        self.sources = sources
    }
}

extension Metric {
    /// The qualifier closest to the figure (the one field of the original export format).
    public var qualifier: String? { qualifiers.first }

    /// A 预计 figure: shown with a mark wherever it is drawn, so an estimate never looks final.
    public var isEstimate: Bool { qualifiers.contains(MetricQualifier.estimate) }

    /// The unit split into scale and base.
    public var parsedUnit: MetricUnit { MetricUnit(unit) }

    /// The value in the base unit: 1060亿元 → 1.06e11 元.
    public var normalizedValue: Double { value * parsedUnit.scale }

    public var isPercent: Bool { parsedUnit.isPercent }

    /// True for a metric that states only a rate of change ("违法犯罪警情同比下降17%").
    public var isChangeOnly: Bool { kind == .change }

    /// The period, or the year as a period of one year.
    public var effectivePeriod: MetricPeriod? { period ?? year.map(MetricPeriod.init(year:)) }

    /// The value one period earlier implied by the stated change, in the same unit.
    /// Nil without a change, for percents (a change of a share is not a share), for a change
    /// on a stated basis such as 同口径 (last year's figure on that basis is not reported),
    /// and for changes of -100% or less, which leave no base to divide by.
    public var priorValue: Double? {
        guard let change = changePercent, !isPercent, basis == nil else { return nil }
        let factor = 1 + change / 100
        guard factor > 0 else { return nil }
        let prior = value / factor
        return prior.isFinite ? prior : nil
    }
}
