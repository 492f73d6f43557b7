/// The search prompt and the search it drives.
public struct SearchState: Equatable, Sendable {
    public var editor = LineEditor()
    /// The prompt has the keyboard.
    public var prompting = false
    /// nil: no search in effect (nothing typed, or cleared with Esc).
    public var outcome: SearchOutcome?

    public init() {}
}
