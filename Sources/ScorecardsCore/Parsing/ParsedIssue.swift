/// Something the parser noticed but could work around, such as a file cut short.
public struct ParseWarning: Equatable, Sendable {
    public var message: String
    /// 1-based line in the file, when the warning is about a place.
    public var line: Int?

    public init(_ message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }
}

/// What parsing a file gives: the issue and what was wrong with it.
public struct ParsedIssue: Sendable {
    public var issue: IssueDocument
    public var warnings: [ParseWarning]
    public var encoding: TextEncoding
}
