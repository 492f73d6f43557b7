/// The search across the open issues, once something has been typed in the dashboard's `/`.
public struct SearchState: Equatable, Sendable {
    /// nil: no search in effect (nothing typed, or cleared with Esc).
    public var outcome: SearchOutcome?

    public init() {}
}
