import ArgumentParser
import Glibc
import ScorecardsLibrary
import ScorecardsApp

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Parse issue files (or directories of them) into the library.",
        discussion: """
        As the dashboard does, a file found in a directory that is not an issue is skipped \
        with a warning naming it; a file named on the command line must be an issue. All \
        files go in one transaction: if a named file cannot be read or is not an issue (with \
        --strict, if any file cannot), nothing is imported and the library stays as it was. \
        A file already in the library (same content) is skipped.
        """)

    @Argument(help: "Issue files and directories of *.txt issue files.")
    var paths: [String]

    @Option(help: "The library file. Default: $SCORECARDS_LIBRARY or $XDG_DATA_HOME/scorecards/library.sqlite.")
    var library: String?

    @Flag(help: "All or nothing: a file in a directory that is not an issue fails the whole import too.")
    var strict = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or directory to import") }
    }

    func run() throws {
        let store = try LibrarySource.open(library)
        let bar = ProgressBar(enabled: isatty(2) == 1)
        let start = Stopwatch.now()
        let report: ImportReport
        do {
            report = try store.import(paths: paths, strict: strict) { progress in bar.show(progress) }
        } catch let error as LibraryError {
            bar.finish()
            throw LibrarySource.failure(error)
        }
        bar.finish()
        for rejected in report.rejected {
            Stderr.line("scorecards: warning: skipped '\(Stderr.safe(rejected.path))': \(Stderr.safe(rejected.message))")
        }
        for warning in report.warnings { Stderr.line("scorecards: warning: \(Stderr.safe(warning.description))") }
        if report.added.isEmpty, report.skipped.isEmpty, !report.rejected.isEmpty {
            throw Failure.exit("no issue found in \(paths.map { "'\(Stderr.safe($0))'" }.joined(separator: ", ")); nothing was imported", status: 65)
        }
        let seconds = (Stopwatch.now() - start) / 1000
        var line = "imported \(report.added.count) issue\(report.added.count == 1 ? "" : "s")"
        if !report.rejected.isEmpty { line += ", " + Self.notIssues(report.rejected.map { SkippedFile(path: $0.path, reason: $0.message).name }) }
        if !report.skipped.isEmpty { line += ", skipped \(report.skipped.count) already in the library" }
        line += String(format: " (%.1f MB in %.1f s) into %@", Double(report.bytes) / 1e6, seconds, store.path)
        Stdout.write(Stderr.safe(line) + "\n")
    }
}

extension ImportCommand {
    /// `skipped 2 not issues (notes.txt, readme.txt)`: the names, up to three.
    static func notIssues(_ names: [String]) -> String {
        let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : "")
        return "skipped \(names.count) not \(names.count == 1 ? "an issue" : "issues") (\(shown))"
    }
}

/// A one-line progress bar on stderr, drawn only when stderr is a terminal and the work
/// takes more than a moment.
final class ProgressBar {
    private let enabled: Bool
    private let started = Stopwatch.now()
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ progress: ImportProgress) {
        guard enabled, progress.total > 0, Stopwatch.now() - started > 300 else { return }
        let width = 30
        let filled = progress.done * width / progress.total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let text = String(format: "\rimporting [%@] %d/%d  %.1f MB", bar, progress.done, progress.total, Double(progress.bytes) / 1e6)
        FileHandleStderr.write(text)
        drawn = true
    }

    func finish() {
        if drawn { FileHandleStderr.write("\r\u{1B}[K") }
    }
}

enum FileHandleStderr {
    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
}

enum Stopwatch {
    /// Milliseconds on the monotonic clock.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
    }
}
