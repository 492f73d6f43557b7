import ArgumentParser
import Glibc
import ScorecardsApp
import ScorecardsCore

/// How every command fails: one line on stderr that names the file and the problem, then
/// the contract's exit status. Never a stack trace.
enum Failure {
    static func exit(_ message: String, status: Int32) -> ExitCode {
        Stderr.line("scorecards: " + message)
        return ExitCode(status)
    }

    static func loading(_ error: IssueLoadError, path: String) -> ExitCode {
        report(problem(error, path: path))
    }

    /// The lines and status of a file that cannot be opened as an issue, for when they are
    /// printed later (after the dashboard has restored the terminal).
    static func problem(_ error: IssueLoadError, path: String) -> LoadFailure {
        var lines = ["scorecards: " + error.sentence(naming: "'\(Stderr.safe(path))'")]
        if case .notAnIssue(_, let lineNumber, let column, let text) = error {
            lines += CaretContext.lines(text: text, line: lineNumber, column: column)
        }
        return LoadFailure(lines: lines, status: error.exitStatus)
    }

    /// Prints the failure's lines and gives its exit status.
    static func report(_ failure: LoadFailure) -> ExitCode {
        for line in failure.lines { Stderr.line(line) }
        return ExitCode(failure.status)
    }
}
