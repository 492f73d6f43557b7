/// What sort of quantity a figure is, which decides how it may be compared and drawn.
public enum MetricKind: String, CaseIterable, Equatable, Hashable, Sendable {
    /// An amount in a unit of measure: money, area, length, time (1060亿元, 10.5万平方米, 260天).
    case level
    /// Things counted with a classifier (户, 家, 个, 人次): 5300户, 93项.
    case count
    /// A share or rate in percent that is itself the figure: 满意率86.3%, 占比37%.
    case rate
    /// Only a rate of change is stated, no level: PM10同比下降7.9%.
    case change

    /// The kind a unit implies; `changeOnly` for a percent that states only a change.
    public static func of(unit: String, changeOnly: Bool = false) -> MetricKind {
        let parsed = MetricUnit(unit)
        if parsed.isPercent { return changeOnly ? .change : .rate }
        return UnitLexicon.kind(ofBase: parsed.base) == .count ? .count : .level
    }

    /// The kind from a unit already read in the text (no parsing of the unit again).
    static func of(_ kind: UnitKind, changeOnly: Bool) -> MetricKind {
        switch kind {
        case .percent: changeOnly ? .change : .rate
        case .count: .count
        case .measure: .level
        }
    }
}
