/// Which line breaking rules to apply.
public enum LineBreakRules: Sendable, Hashable {
    /// UAX #14 (Unicode 15.0) as published, with the numeric tailoring its
    /// conformance test uses (LB25 in regular-expression form).
    case uax14
    /// UAX #14 tailored for Chinese at the "basic" level of the W3C's
    /// Requirements for Chinese Text Layout (clreq): the line-start and line-end
    /// prohibitions, Chinese quotation marks as opening and closing punctuation,
    /// and numbers kept with their units.
    case chinese
}
