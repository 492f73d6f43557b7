import ScorecardsCore
import ScorecardsGrid
import ScorecardsText

/// Every figure of the shown issue as the figures table lists it, with what the table needs
/// of each worked out once (its label and value as shown and their widths, what it sorts
/// by), and the filter's index over them. An issue can have tens of thousands of figures, so
/// it is built beside the event loop when the table is first opened on the issue, and kept
/// while the issue is shown; the table's rows are then a choice and an order of these.
public struct FigureCatalogue: Equatable, Sendable {
    /// Which issue, shown how: everything the catalogue is made from.
    public struct Key: Hashable, Sendable {
        /// `ReadingMemory.key` of the issue.
        public var issue: String
        public var punctuation: PunctuationStyle
        public var ambiguous: AmbiguousWidth

        init(_ issue: IssueDocument, _ settings: Settings) {
            self.issue = ReadingMemory.key(for: issue)
            punctuation = settings.punctuation
            ambiguous = settings.ambiguous
        }
    }

    public let key: Key
    /// The issue it lists; a catalogue is taken only for the issue it was made from.
    let issue: IssueDocument
    /// Every figure, in the issue's order: scorecard by scorecard, article by article.
    let rows: [MetricRow]
    let filter: FigureFilter
    /// Every row's place in `rows`, sorted by change and by value: a table sorted so lists
    /// its rows in these orders, so that no key sorts.
    let byChange: [Int]
    let byValue: [Int]

    /// Rows listed between checks for cancellation.
    static let piece = 1024

    /// The catalogue of `issue` shown with `settings`: nil when `cancelled` says to stop.
    static func make(_ issue: IssueDocument, settings: Settings, cancelled: () -> Bool = { false }) -> FigureCatalogue? {
        let measure = Grid(Size(width: 0, height: 0), ambiguous: settings.ambiguous)
        var rows: [MetricRow] = []
        var checked = 0
        for (c, card) in issue.scorecards.enumerated() {
            for (a, article) in card.articles.enumerated() where !article.metrics.isEmpty {
                if rows.count - checked >= piece {
                    if cancelled() { return nil }
                    checked = rows.count
                }
                let headline = settings.display(article.joinedHeadline)
                for (m, metric) in article.metrics.enumerated() {
                    rows.append(MetricRow(scorecard: c, article: a, index: m, metric: metric, in: article, card: card,
                                          headline: headline, settings: settings, measure: measure))
                }
            }
        }
        if cancelled() { return nil }
        let filter = FigureFilter(rows)
        if cancelled() { return nil }
        return FigureCatalogue(key: Key(issue, settings), issue: issue, rows: rows, filter: filter,
                               byChange: sorted(rows, by: .change), byValue: sorted(rows, by: .value))
    }

    /// Every row's place, in the order of `sort`.
    func order(_ sort: MetricSort) -> [Int] {
        switch sort {
        case .source: Array(rows.indices)
        case .change: byChange
        case .value: byValue
        }
    }

    /// The places of `rows` sorted by `sort`; rows that compare equal keep the issue's order,
    /// so the rows of any part of the table, taken in this order, are that part sorted.
    static func sorted(_ rows: [MetricRow], by sort: MetricSort) -> [Int] {
        let order = Array(rows.indices)
        switch sort {
        case .source:
            return order
        case .change:
            // Largest rise first, falls last, figures without a change at the end.
            let keys = rows.map(\.metric.changePercent)
            return stableSorted(order) { a, b in
                switch (keys[a], keys[b]) {
                case let (x?, y?): x > y
                case (.some, nil): true
                default: false
                }
            }
        case .value:
            // Only like with like: grouped by base unit, largest first within it.
            let bases = rows.map(\.unitBase), values = rows.map(\.baseValue)
            return stableSorted(order) { a, b in
                if bases[a] != bases[b] { return bases[a] < bases[b] }
                return values[a] > values[b]
            }
        }
    }

    /// Sorted by `less`, ties in their order in `order` (which is ascending).
    private static func stableSorted(_ order: [Int], by less: (Int, Int) -> Bool) -> [Int] {
        order.sorted { a, b in
            if less(a, b) { return true }
            if less(b, a) { return false }
            return a < b
        }
    }
}

/// One figure as the figures table shows it.
struct MetricRow: Equatable, Sendable {
    /// A restatement of a figure stated first elsewhere in the issue: on the same page, or on
    /// another.
    enum Restatement: Equatable, Sendable { case samePage, otherPage }

    var scorecard: Int
    var article: Int
    var index: Int
    var metric: Metric
    /// The figure as printed in the article.
    var asWritten: String
    /// The article's headline, as shown.
    var headline: String
    /// The label, as shown.
    var label: String
    /// The figure as the table prints it: 预 before an estimate, /年 after a yearly amount,
    /// nothing for a figure that is only a change.
    var value: String
    var labelWidth: Int
    var valueWidth: Int
    var restatement: Restatement?
    /// What sorting by value compares: the base unit (亿元 and 万元 both as 元), and the
    /// value in it.
    var unitBase: String
    var baseValue: Double

    init(scorecard: Int, article: Int, index: Int, metric: Metric, in source: Article, card: Scorecard,
         headline: String, settings: Settings, measure: Grid) {
        self.scorecard = scorecard
        self.article = article
        self.index = index
        self.metric = metric
        asWritten = KeyFigures.asWritten(metric, in: source)
        self.headline = headline
        label = settings.display(metric.label)
        let estimate = metric.isEstimate ? FiguresLegend.estimateMark : ""
        value = metric.isChangeOnly ? "" : estimate + asWritten + (metric.period?.perYear == true ? "/年" : "")
        labelWidth = measure.width(of: label)
        valueWidth = measure.width(of: value)
        restatement = metric.sameAs.map { $0.hasPrefix(card.id + "/") ? .samePage : .otherPage }
        let unit = metric.parsedUnit
        unitBase = unit.base
        baseValue = metric.value * unit.scale
    }

    /// Whether the table lists it in a scope of one scorecard (`allScorecards` false) or of
    /// all four. One fact, one row: a restatement shows only on a page its first statement
    /// is not on, so each scorecard still lists every figure it prints.
    func isListed(allScorecards: Bool) -> Bool {
        guard let restatement else { return true }
        return !allScorecards && restatement == .otherPage
    }
}
