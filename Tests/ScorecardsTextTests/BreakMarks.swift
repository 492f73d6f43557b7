import ScorecardsText

/// The text with `|` where a line may break and `¶` where it must (ends
/// excluded), so expectations read like the text itself.
func marked(_ text: String, _ rules: LineBreakRules) -> String {
    let scalars = Array(text.unicodeScalars)
    let actions = LineBreak.opportunities(in: scalars, rules: rules)
    var out = String.UnicodeScalarView()
    for (i, scalar) in scalars.enumerated() {
        if i > 0 {
            switch actions[i] {
            case .allowed: out.append("|")
            case .mandatory: out.append("¶")
            case .prohibited: break
            }
        }
        out.append(scalar)
    }
    return String(out)
}
