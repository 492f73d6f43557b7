import ArgumentParser
import Glibc
import ScorecardsCore

/// How every command fails: one line on stderr that names the file and the problem, then
/// the contract's exit status. Never a stack trace.
enum Failure {
    static func exit(_ message: String, status: Int32) -> ExitCode {
        Stderr.line("scorecards: " + message)
        return ExitCode(status)
    }

    static func loading(_ error: IssueLoadError, path: String) -> ExitCode {
        let name = "'\(Stderr.safe(path))'"
        let line: String = switch error {
        case .unreadable(let reason): "cannot read \(name): \(reason)"
        case .notText(let reason): "\(name) is not a text file: \(reason)"
        case .empty: "\(name) is empty: not an issue"
        case .tooLarge: "\(name) is \(error.summary)"
        case .notAnIssue(let reason, let lineNumber, let column, _):
            "\(name) is not an issue: \(reason) (line \(lineNumber), column \(column))"
        }
        Stderr.line("scorecards: " + line)
        if case .notAnIssue(_, let lineNumber, let column, let text) = error {
            for context in CaretContext.lines(text: text, line: lineNumber, column: column) {
                Stderr.line(context)
            }
        }
        return ExitCode(error.exitStatus)
    }
}
