/// Merges a figure stated again in the same article into its first statement.
///
/// Two statements are the same figure when value and unit are equal, change, qualifier and
/// year do not contradict each other (equal, or one of them unstated), and either the labels
/// agree (equal, or one ends with the other: 年轻科级干部 / 干部) or both state the same change.
enum MetricMerger {
    /// Where the metrics of each value and unit stand in the list. Two statements of one
    /// figure share both, so a new metric is compared with those alone, not with every
    /// metric before it (quadratic in a paragraph that lists thousands of figures).
    struct Index {
        fileprivate struct Key: Hashable {
            var value: Double
            var unit: String
        }

        fileprivate var positions: [Key: [Int]] = [:]
    }

    static func add(_ metric: Metric, to metrics: inout [Metric], index figures: inout Index) {
        let key = Index.Key(value: metric.value, unit: metric.unit)
        guard let index = figures.positions[key]?.first(where: { isSameFigure(metrics[$0], metric) }) else {
            figures.positions[key, default: []].append(metrics.count)
            metrics.append(metric)
            return
        }
        var merged = metrics[index]
        merged.sources.append(contentsOf: metric.sources)
        absorb(metric, into: &merged)
        metrics[index] = merged
    }

    /// What a later statement adds to the first: a change, qualifiers, scope, basis, period.
    static func absorb(_ metric: Metric, into merged: inout Metric) {
        merged.changePercent = merged.changePercent ?? metric.changePercent
        merged.qualifiers += metric.qualifiers.filter { !merged.qualifiers.contains($0) }
        merged.scope = MetricScope.ordered(merged.scope + metric.scope)
        merged.basis = merged.basis ?? metric.basis
        merged.period = merged.period ?? metric.period
        merged.year = merged.year ?? metric.year
    }

    static func isSameFigure(_ a: Metric, _ b: Metric) -> Bool {
        guard a.value == b.value, a.unit == b.unit, a.kind == b.kind,
              agree(a.changePercent, b.changePercent), agree(a.qualifier, b.qualifier), agree(a.year, b.year)
        else { return false }
        if labelsAgree(a.label, b.label) { return true }
        if let change = a.changePercent, change == b.changePercent { return true }
        return false
    }

    private static func agree<T: Equatable>(_ a: T?, _ b: T?) -> Bool {
        guard let a, let b else { return true }
        return a == b
    }

    private static func labelsAgree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a.hasSuffix(b) || b.hasSuffix(a)
    }
}
