/// One file that could not be imported, with the parser's (or the file system's) reason.
public struct ImportFailure: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `'a.txt': empty file, not an issue`: the file quoted, as in import's warnings about
    /// skipped files (`skipped 'a.txt': …`) and every other command's errors.
    public var description: String { "'\(path)': \(message)" }
}
