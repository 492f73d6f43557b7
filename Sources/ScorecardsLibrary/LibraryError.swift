/// Why a library operation failed. Each renders as one line that names the file concerned.
public enum LibraryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database (a text file, say). It is left alone.
    case notADatabase(path: String)
    /// An SQLite database of some other program: it is not migrated into a library.
    case notALibrary(path: String)
    /// Written by a newer version of this library; `detail` says what was found. The file
    /// is not modified.
    case newerSchema(path: String, detail: String)
    /// The directory for the library could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// SQLite reported an error; `message` is its one-line message.
    case database(path: String, message: String)
    /// Stored rows that cannot be turned back into an issue.
    case corrupt(path: String, detail: String)
    /// One or more files could not be imported, so nothing of that import was stored.
    case importFailed([ImportFailure])
    /// No stored issue has this id or hash prefix.
    case noSuchIssue(String)
    /// The hash prefix is not hex, or shorter than `IssueLibrary.minimumHashPrefix`.
    case invalidHashPrefix(String)
    /// The hash prefix names more than one issue.
    case ambiguousHash(prefix: String, matches: Int)

    public var description: String {
        switch self {
        case .notADatabase(let path): "\(path): not an SQLite database; the file was left unchanged"
        case .notALibrary(let path): "\(path): an SQLite database of another program, not an issue library; left unchanged"
        case .newerSchema(let path, let detail):
            "\(path): written by a newer version (\(detail)); upgrade scorecards to open it. The file was left unchanged"
        case .cannotCreateDirectory(let path, let reason): "\(path): cannot create the directory: \(reason)"
        case .database(let path, let message): "\(path): \(message)"
        case .corrupt(let path, let detail): "\(path): damaged library: \(detail)"
        case .importFailed(let failures):
            switch failures.count {
            case 0: "import failed; nothing was stored"
            case 1: "\(failures[0]); nothing was imported"
            default: "\(failures[0]) (and \(failures.count - 1) more failed files); nothing was imported"
            }
        case .noSuchIssue(let key): "no issue \(key) in the library"
        case .invalidHashPrefix(let prefix):
            "“\(prefix)” is not a hash prefix: give at least \(IssueLibrary.minimumHashPrefix) hex digits"
        case .ambiguousHash(let prefix, let matches): "hash prefix \(prefix) matches \(matches) issues; give more digits"
        }
    }
}
