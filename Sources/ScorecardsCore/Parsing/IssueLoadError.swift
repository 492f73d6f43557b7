/// Why a file could not be turned into an issue. Each case renders as one line that names
/// the file, and maps to the exit status of the command-line contract.
public enum IssueLoadError: Error, Equatable, Sendable {
    /// The file could not be read at all (missing, a directory, no permission).
    case unreadable(reason: String)
    /// The bytes are not text: NUL bytes, or an encoding we do not accept.
    case notText(reason: String)
    /// Zero bytes, or nothing but whitespace.
    case empty
    /// Larger than the documented limit; refused before reading it whole.
    case tooLarge(bytes: Int, limit: Int)
    /// Text, but not laid out as an issue. `line` and `column` are 1-based; `column` counts
    /// characters; `lineText` is the offending line as it stands in the file.
    case notAnIssue(reason: String, line: Int, column: Int, lineText: String)

    /// The exit status the command-line contract assigns.
    public var exitStatus: Int32 {
        switch self {
        case .unreadable: 66
        case .notText, .empty, .tooLarge, .notAnIssue: 65
        }
    }

    /// One line that names the file, as every command says it: `cannot read 'a.txt': no such
    /// file`, `'a.txt' is too large: …`, `'a.txt' is not an issue: … (line 3, column 1)`.
    /// `name` is the file's name as it is to be shown, quoted.
    public func sentence(naming name: String) -> String {
        switch self {
        case .unreadable(let reason): "cannot read \(name): \(reason)"
        case .notText(let reason): "\(name) is not a text file: \(reason)"
        case .empty: "\(name) is empty: not an issue"
        case .tooLarge: "\(name) is \(summary)"
        case .notAnIssue(let reason, let line, let column, _): "\(name) is not an issue: \(reason) (line \(line), column \(column))"
        }
    }

    /// One line, without the program name or the file name.
    public var summary: String {
        switch self {
        case .unreadable(let reason): reason
        case .notText(let reason): "not a text file: \(reason)"
        case .empty: "empty file, not an issue"
        case .tooLarge(let bytes, let limit):
            "too large: \(ByteCount.describe(bytes)), the limit is \(ByteCount.describe(limit))"
        case .notAnIssue(let reason, let line, let column, _): "line \(line), column \(column): not an issue: \(reason)"
        }
    }
}

enum ByteCount {
    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
