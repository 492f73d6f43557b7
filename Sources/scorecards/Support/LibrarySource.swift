import ArgumentParser
import Glibc
import ScorecardsApp
import ScorecardsCore
import ScorecardsLibrary

/// Where the library of imported issues lives, and opening it with the contract's errors.
enum LibrarySource {
    /// --library, else SCORECARDS_LIBRARY, else $XDG_DATA_HOME/scorecards/library.sqlite
    /// (~/.local/share/scorecards/library.sqlite).
    static func path(_ flag: String?) -> String {
        if let flag { return flag }
        var environment: [String: String] = [:]
        for name in ["SCORECARDS_LIBRARY", "XDG_DATA_HOME", "HOME"] {
            if let value = Environment.get(name) { environment[name] = value }
        }
        return IssueLibrary.defaultPath(environment: environment)
    }

    /// Opens (creating if need be) the library for writing.
    static func open(_ flag: String?) throws -> IssueLibrary {
        let path = path(flag)
        do {
            return try IssueLibrary(path: path)
        } catch {
            throw failure(error)
        }
    }

    /// The library when it exists and holds issues; nil otherwise, without creating a file.
    static func existing(_ flag: String?) throws -> IssueLibrary? {
        let path = path(flag)
        guard access(path, F_OK) == 0 else {
            if flag != nil { throw Failure.exit("cannot read library '\(Stderr.safe(path))': no such file", status: 66) }
            return nil
        }
        let library = try open(flag)
        do {
            return try library.isEmpty ? nil : library
        } catch {
            throw failure(error)
        }
    }

    /// Every stored issue, oldest first, for the dashboard: the library's own order (newest
    /// date first, then newest id) reversed, so that the issue shown first is the one
    /// `report`, `export` and `metrics` read. (Sorting by date alone would put, of two issues
    /// of one date, the older import last.)
    static func oldestFirst(_ store: IssueLibrary) throws(LibraryError) -> [IssueDocument] {
        Array(try store.loadAll().reversed())
    }

    static func failure(_ error: LibraryError) -> ExitCode {
        Failure.report(problem(error))
    }

    /// The line and status of a library error, for when it is printed later.
    static func problem(_ error: LibraryError) -> LoadFailure {
        let status: Int32 = switch error {
        case .noSuchIssue, .invalidHashPrefix, .ambiguousHash: 66
        case .cannotCreateDirectory: 66
        // As for that file alone: 66 when it cannot be read, 65 when it is not an issue.
        case .importFailed(let failures): failures.first?.problem.exitStatus ?? 65
        default: 65
        }
        return LoadFailure(lines: ["scorecards: " + Stderr.safe(error.description)], status: status)
    }
}
