/// Pure helpers that turn stated figures into points for sparklines and bars.
public enum MetricSeries {
    public struct Point: Equatable, Sendable {
        public var year: Int
        public var value: Double

        public init(year: Int, value: Double) {
            self.year = year
            self.value = value
        }
    }

    /// One figure stated for several years.
    public struct YearlySeries: Equatable, Sendable {
        public var label: String
        public var unit: String
        public var points: [Point]
        public var source: MetricSource

        public init(label: String, unit: String, points: [Point], source: MetricSource) {
            self.label = label
            self.unit = unit
            self.points = points
            self.source = source
        }
    }

    public struct CategoryItem: Equatable, Sendable {
        public var category: String
        /// The figure; for a group of changes, the signed change in percent.
        public var value: Double
        public var span: Range<Int>

        public init(category: String, value: Double, span: Range<Int>) {
            self.category = category
            self.value = value
            self.span = span
        }
    }

    /// Figures shared out over named categories in one sentence.
    public struct CategoryGroup: Equatable, Sendable {
        /// The shared noun ("事项"), or the change phrase ("同比下降") for a group of changes,
        /// or empty when the sentence names neither.
        public var label: String
        public var unit: String
        public var paragraph: Int
        public var items: [CategoryItem]
        public var isChange: Bool

        public init(label: String, unit: String, paragraph: Int, items: [CategoryItem], isChange: Bool) {
            self.label = label
            self.unit = unit
            self.paragraph = paragraph
            self.items = items
            self.isChange = isChange
        }
    }

    /// The year before and the value then, implied by a stated change:
    /// 1060亿元 up 8.5% in 2017 → (2016, 976.96…). Nil without year, change or a usable base.
    public static func derivedPrior(_ metric: Metric) -> (year: Int, value: Double)? {
        guard let year = metric.year, let prior = metric.priorValue else { return nil }
        let previous = year.subtractingReportingOverflow(1)
        return previous.overflow ? nil : (previous.partialValue, prior)
    }

    /// Figures the paragraph states for several years: "从2015年起,连续3年每年安排1亿元资金"
    /// gives 2015, 2016, 2017 at 1亿元 each; "2015年、2016年和2017年分别为…" pairs the years
    /// with the listed figures. Spans of years run at most `maxYears` long.
    public static func yearlySeries(in paragraph: String, paragraphIndex: Int = 0, reportYear: Int?) -> [YearlySeries] {
        let article = ArticleAnalysis(paragraphs: [paragraph], reportYear: reportYear)
        guard let analysis = article.paragraphs.first else { return [] }
        let text = ScalarText(paragraph)
        var series: [YearlySeries] = []
        var listed = Set<Int>()
        for list in analysis.lists {
            guard let years = list.years, let first = list.members.first else { continue }
            let findings = list.members.map { analysis.findings[$0] }
            let points = zip(years.years, findings).map { Point(year: $0.0, value: $0.1.figure.value) }
            series.append(YearlySeries(label: years.head, unit: findings[0].figure.unit, points: points,
                                       source: MetricSource(paragraph: paragraphIndex,
                                                            span: analysis.findings[first].figure.span)))
            listed.formUnion(list.members)
        }
        for (index, finding) in analysis.findings.enumerated() where !listed.contains(index) {
            guard let years = YearRange.years(before: finding.figure.start, in: text, reportYear: reportYear)
            else { continue }
            series.append(YearlySeries(
                label: finding.label, unit: finding.figure.unit,
                points: years.map { Point(year: $0, value: finding.figure.value) },
                source: MetricSource(paragraph: paragraphIndex, span: finding.figure.span)))
        }
        return series.sorted { $0.source.span.lowerBound < $1.source.span.lowerBound }
    }

    /// Figures shared out over categories named before them:
    /// "“马上办、网上办、一次办”事项分别达到348项、191项和498项" →
    /// 事项 [(马上办, 348), (网上办, 191), (一次办, 498)] in 项.
    public static func categoryGroups(paragraphs: [String]) -> [CategoryGroup] {
        let article = ArticleAnalysis(paragraphs: paragraphs, reportYear: nil)
        var groups: [CategoryGroup] = []
        for (paragraph, analysis) in article.paragraphs.enumerated() {
            for list in analysis.lists {
                guard let categories = list.categories else { continue }
                let findings = list.members.map { analysis.findings[$0] }
                let isChange = findings.allSatisfy(\.isChangeOnly)
                let items = zip(categories.items, findings).map { category, finding in
                    CategoryItem(category: category,
                                 value: isChange ? (finding.changePercent ?? finding.figure.value) : finding.figure.value,
                                 span: finding.figure.span)
                }
                let label = categories.head.isEmpty && isChange ? (list.changePhrase ?? "") : categories.head
                groups.append(CategoryGroup(label: label, unit: findings[0].figure.unit, paragraph: paragraph,
                                            items: items, isChange: isChange))
            }
        }
        return groups
    }
}
