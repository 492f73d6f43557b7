/// One scalar as the line breaking rules see it.
struct LineBreakUnit: Sendable {
    var cls: LineBreakClass
    /// East_Asian_Width F, W or H: LB30 exempts such OP and CP.
    var eastAsianWide = false
    /// Extended_Pictographic and unassigned: LB30b keeps EM after such a code point.
    var extendedPictographicUnassigned = false

    /// LB1: classes whose behaviour the standard leaves to the implementation
    /// take their default (AI, SG, XX as AL; CJ as NS; SA was resolved in the table).
    var resolved: LineBreakUnit {
        var unit = self
        switch cls {
        case .ai, .sg, .xx: unit.cls = .al
        case .cj: unit.cls = .ns
        default: break
        }
        return unit
    }
}
