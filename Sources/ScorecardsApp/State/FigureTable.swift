/// The figures table's rows as a `MetricsState` chooses them from the catalogue (its
/// scope, filter and order) and the widths its columns are laid out from. Derived data, held
/// in the state: the update works it out again whenever the catalogue or a choice changes
/// (`Normalise`), and drawing, paging and the keys that act on a row only read it.
struct FigureTable: Equatable, Sendable {
    /// What the rows are chosen from and how.
    struct Inputs: Equatable, Sendable {
        var catalogue: FigureCatalogue
        var scorecard: Int
        var allScorecards: Bool
        var sort: MetricSort
        var filter: String

        init(_ catalogue: FigureCatalogue, _ metrics: MetricsState) {
            self.catalogue = catalogue
            scorecard = metrics.scorecard
            allScorecards = metrics.allScorecards
            sort = metrics.sort
            filter = metrics.filter
        }
    }

    /// Nil until the catalogue has been made.
    private(set) var inputs: Inputs?
    /// The rows shown, in the order shown, by their place in the catalogue.
    private(set) var order: [Int] = []
    /// The widest label and value among the rows shown.
    private(set) var labelWidth = 0
    private(set) var valueWidth = 0
    /// The largest change among them: the change bars share one scale.
    private(set) var changeExtent = 0.0

    /// Whether the rows are there: the catalogue they come from may still be being made.
    var isReady: Bool { inputs != nil }
    var count: Int { order.count }
    var isEmpty: Bool { order.isEmpty }

    /// Row `i` of the table as shown, if there is one.
    func row(_ i: Int) -> MetricRow? {
        guard let inputs, order.indices.contains(i) else { return nil }
        return inputs.catalogue.rows[order[i]]
    }

    /// The table for `metrics` from `catalogue`: this one when it was made from the same,
    /// else made anew. Without a catalogue (one is being made), the table stays as it is.
    func current(for metrics: MetricsState, catalogue: FigureCatalogue?) -> FigureTable {
        guard let catalogue else { return self }
        let inputs = Inputs(catalogue, metrics)
        return inputs == self.inputs ? self : FigureTable(inputs)
    }

    init() {}

    init(_ inputs: Inputs) {
        self.inputs = inputs
        let catalogue = inputs.catalogue
        let rows = catalogue.rows
        let matching = catalogue.filter.matching(inputs.filter)
        // The catalogue keeps every figure in each order; the table is those of them it lists.
        order = catalogue.order(inputs.sort).filter { i in
            guard inputs.allScorecards || rows[i].scorecard == inputs.scorecard,
                  rows[i].isListed(allScorecards: inputs.allScorecards) else { return false }
            return matching?.contains(i) ?? true
        }
        for i in order {
            labelWidth = max(labelWidth, rows[i].labelWidth)
            valueWidth = max(valueWidth, rows[i].valueWidth)
            if let change = rows[i].metric.changePercent { changeExtent = max(changeExtent, abs(change)) }
        }
    }
}
