/// Line break opportunities (UAX #14, Unicode 15.0, or its Chinese tailoring).
public enum LineBreak {
    /// The action at every position of `scalars`: entry `i` is between scalar
    /// `i - 1` and scalar `i`, so there are `scalars.count + 1` entries. Entry 0
    /// is `.prohibited` (LB2: never break at the start) and the last is
    /// `.mandatory` (LB3: always break at the end); for empty input the single
    /// entry is `.prohibited`, LB2 ranking before LB3.
    public static func opportunities(in scalars: [Unicode.Scalar], rules: LineBreakRules = .uax14) -> [BreakAction] {
        switch rules {
        case .uax14:
            return UAX14Breaker.actions(scalars.map { LineBreakTable.unit($0.value).resolved })
        case .chinese:
            var actions = UAX14Breaker.actions(ChineseTailoring.units(for: scalars))
            ChineseTailoring.adjust(&actions, scalars: scalars)
            return actions
        }
    }

    /// The same for the scalars of a string.
    public static func opportunities(in text: String, rules: LineBreakRules = .uax14) -> [BreakAction] {
        opportunities(in: Array(text.unicodeScalars), rules: rules)
    }
}
