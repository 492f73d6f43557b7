import ArgumentParser
import Glibc
import ScorecardsBundle
import ScorecardsCore
import ScorecardsLibrary

/// Where a command's issue comes from: a file given on the command line, or the issue
/// bundled in the binary. (The dashboard and `dump`, which open any number, go through
/// StagedLoad.)
struct LoadedIssue {
    var issue: IssueDocument
    var warnings: [ParseWarning]
    /// What to call it in messages.
    var name: String
}

enum IssueSource {
    static func load(_ path: String?) throws -> LoadedIssue {
        guard let path else { return bundled() }
        do {
            let parsed = try IssueFile.load(path: path)
            return LoadedIssue(issue: parsed.issue, warnings: parsed.warnings, name: path)
        } catch {
            throw Failure.loading(error, path: path)
        }
    }

    static func bundled() -> LoadedIssue {
        do {
            return LoadedIssue(issue: try IssueImport.issue(fromJSON: BundledIssue.exportJSON), warnings: [], name: "bundled issue")
        } catch {
            // The bundled data is checked by the test suite; reaching this is a build defect.
            preconditionFailure("bundled issue data is damaged: \(error)")
        }
    }

    /// Warnings go to stderr, one line each, naming the file.
    static func report(_ loaded: LoadedIssue) {
        for warning in loaded.warnings {
            let place = warning.line.map { ":\($0)" } ?? ""
            Stderr.line("scorecards: warning: '\(Stderr.safe(loaded.name))'\(place): \(warning.message)")
        }
    }
}
