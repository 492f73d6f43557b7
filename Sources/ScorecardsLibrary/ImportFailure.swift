import ScorecardsCore

/// One file that could not be imported, with the parser's (or the file system's) reason.
public struct ImportFailure: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: IssueLoadError

    public init(path: String, problem: IssueLoadError) {
        self.path = path
        self.problem = problem
    }

    /// The reason alone, without the file's name (`empty file, not an issue`).
    public var message: String { problem.summary }

    /// The sentence every command uses for a file that is not an issue or cannot be read.
    public var description: String { problem.sentence(naming: "'\(path)'") }
}
