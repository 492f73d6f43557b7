/// The search across the open issues, once something has been typed in the dashboard's `/`.
public struct SearchState: Equatable, Sendable {
    /// nil: no search in effect (nothing typed, or cleared with Esc).
    public var outcome: SearchOutcome?
    /// A search asked for and not yet answered (it runs beside the loop); nil when `outcome`
    /// is up to date.
    public var pending: PendingSearch?

    public init() {}
}

/// A search being worked out: its query, the issue whose matches it marks, and what to do
/// when it is answered.
public struct PendingSearch: Equatable, Sendable {
    public var query: String
    public var issue: Int
    /// Enter was pressed before the answer came: go to the first hit then.
    public var jump = false

    public init(query: String, issue: Int, jump: Bool = false) {
        self.query = query
        self.issue = issue
        self.jump = jump
    }
}
