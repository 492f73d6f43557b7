/// What may happen at a position between two scalars.
public enum BreakAction: Sendable, Hashable {
    /// The line must not break here.
    case prohibited
    /// The line may break here.
    case allowed
    /// The line must break here (after a hard line break, and at the end of text).
    case mandatory
}
