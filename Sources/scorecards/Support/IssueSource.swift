import ArgumentParser
import Glibc
import ScorecardsBundle
import ScorecardsCore
import ScorecardsLibrary
import ScorecardsApp

/// Where a command's issue comes from: a file given on the command line, or the issue
/// bundled in the binary.
struct LoadedIssue {
    var issue: IssueDocument
    var warnings: [ParseWarning]
    /// What to call it in messages.
    var name: String
}

/// Several issues for the dashboard, oldest first.
struct LoadedIssues {
    var issues: [IssueDocument]
    /// The shown (newest) issue's warnings.
    var warnings: [ParseWarning]
    var skipped: [String] = []
}

extension LoadedIssues {
    /// What the status line first says of these issues: the files skipped, by name.
    func skippedMessage(_ settings: Settings) -> String? {
        skipped.isEmpty ? nil : settings.text(.filesSkipped(skipped.map(IssueSource.fileName)))
    }
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

    /// Files and directories of them (every `*.txt` directly inside, by name). A file named
    /// on the command line must be an issue; a file found in a directory that is not one
    /// is skipped with a warning, so one stray file does not keep a whole folder closed.
    /// With no paths: the library when it holds issues, else the bundled issue.
    static func loadMany(_ paths: [String], library: String?) throws -> LoadedIssues {
        if paths.isEmpty {
            if let stored = try LibrarySource.existing(library) {
                do {
                    let issues = try LibrarySource.oldestFirst(stored)
                    if !issues.isEmpty { return LoadedIssues(issues: issues, warnings: []) }
                } catch {
                    throw LibrarySource.failure(error)
                }
            }
            let one = bundled()
            return LoadedIssues(issues: [one.issue], warnings: [])
        }
        var loaded: [(IssueDocument, [ParseWarning])] = []
        var skipped: [String] = []
        for path in paths {
            if IssueFile.isDirectory(path) {
                let files: [String]
                do { files = try IssueFile.textFiles(inDirectory: path) } catch { throw Failure.loading(error, path: path) }
                for file in files {
                    do {
                        let parsed = try IssueFile.load(path: file)
                        loaded.append((parsed.issue, parsed.warnings))
                    } catch {
                        skipped.append(file)
                        Stderr.line("scorecards: warning: skipped '\(Stderr.safe(file))': \(error.summary)")
                    }
                }
            } else {
                let one = try load(path)
                loaded.append((one.issue, one.warnings))
            }
        }
        guard !loaded.isEmpty else {
            throw Failure.exit("no issue found in \(paths.map { "'\(Stderr.safe($0))'" }.joined(separator: ", "))", status: 65)
        }
        let sorted = loaded.enumerated().sorted { a, b in
            (a.element.0.date ?? "", a.offset) < (b.element.0.date ?? "", b.offset)
        }.map(\.element)
        return LoadedIssues(issues: sorted.map(\.0), warnings: sorted.last?.1 ?? [], skipped: skipped)
    }

    /// A skipped file as the status line names it: its last path component.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Warnings go to stderr, one line each, naming the file.
    static func report(_ loaded: LoadedIssue) {
        for warning in loaded.warnings {
            let place = warning.line.map { ":\($0)" } ?? ""
            Stderr.line("scorecards: warning: '\(Stderr.safe(loaded.name))'\(place): \(warning.message)")
        }
    }
}
