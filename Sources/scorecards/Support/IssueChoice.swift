import ArgumentParser
import ScorecardsCore
import ScorecardsLibrary

/// The one issue a command reads when it reads one (export, metrics, report, and the
/// dashboard's report without a terminal): the file given; else the library's issue chosen
/// by `--issue`, or its newest, saying which on stderr; else, with an empty library, the
/// bundled issue. The newest is the library's own order (date, then id, newest first), the
/// issue the dashboard shows first.
struct IssueChoice: ParsableArguments {
    @Argument(help: "An issue file (UTF-8, UTF-8 with BOM or GB18030). Default: the library when it holds any issue (its newest; `search` looks through all of them), else the bundled issue.")
    var path: String?

    @Option(help: "The library file. Default: $SCORECARDS_LIBRARY or $XDG_DATA_HOME/scorecards/library.sqlite.")
    var library: String?

    @Option(help: "An issue of the library: its id, as `scorecards library` lists them, or its date (2018-01-15). Default: the newest.")
    var issue: String?

    func validate() throws {
        if path != nil, issue != nil { throw ValidationError("give an issue FILE or --issue, not both") }
    }

    func load() throws -> LoadedIssue {
        try Self.load(path: path, library: library, issue: issue)
    }

    static func load(path: String?, library: String?, issue: String?) throws -> LoadedIssue {
        if let path { return try IssueSource.load(path) }
        guard let store = try LibrarySource.existing(library) else {
            if let issue {
                throw Failure.exit("no issue '\(Stderr.safe(issue))': the library \(Stderr.safe(LibrarySource.path(library))) is empty", status: 66)
            }
            return IssueSource.bundled()
        }
        do {
            let entries = try store.issues()
            let entry = try choose(issue, from: entries, library: store.path)
            let document = try store.load(id: entry.id)
            let name = "issue \(entry.id) of the library"
            Stderr.line("scorecards: reading " + Stderr.safe(describe(entry)) + " from the library " + Stderr.safe(store.path))
            return LoadedIssue(issue: document, warnings: [], name: name)
        } catch let error as LibraryError {
            throw LibrarySource.failure(error)
        }
    }

    /// `issue 3 (2018-01-15, 2018年第1期)`.
    static func describe(_ entry: LibraryEntry) -> String {
        let facts = [entry.date, entry.number].compactMap { $0 }
        return "issue \(entry.id)" + (facts.isEmpty ? "" : " (" + facts.joined(separator: ", ") + ")")
    }

    /// By id (digits) or by date (YYYY-MM-DD); the first of `entries`, the newest, when nil.
    static func choose(_ key: String?, from entries: [LibraryEntry], library: String) throws -> LibraryEntry {
        guard let key else {
            guard let newest = entries.first else { throw Failure.exit("the library \(Stderr.safe(library)) is empty", status: 66) }
            return newest
        }
        if !key.isEmpty, key.allSatisfy(\.isASCII), key.allSatisfy(\.isNumber), let id = Int64(key) {
            guard let entry = entries.first(where: { $0.id == id }) else {
                throw Failure.exit("no issue \(id) in the library \(Stderr.safe(library)); `scorecards library` lists them", status: 66)
            }
            return entry
        }
        guard isDate(key) else {
            throw ValidationError("--issue takes an issue id (3) or a date (2018-01-15), not '\(key)'")
        }
        let dated = entries.filter { $0.date == key }
        guard let first = dated.first else {
            throw Failure.exit("no issue dated \(key) in the library \(Stderr.safe(library)); `scorecards library` lists them", status: 66)
        }
        guard dated.count == 1 else {
            let ids = dated.map { String($0.id) }.joined(separator: ", ")
            throw Failure.exit("\(dated.count) issues are dated \(key) in the library (ids \(ids)); give the id with --issue", status: 66)
        }
        return first
    }

    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 10 && bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }
}
