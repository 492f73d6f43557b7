/// The list of open issues (i), newest first: the selected row and the first row shown.
public struct IssueListState: Equatable, Sendable {
    /// A row of the list: 0 is the newest issue.
    public var selection: Int
    public var scroll = 0

    public init(selection: Int) {
        self.selection = selection
    }
}
