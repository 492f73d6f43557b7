import Foundation
import ScorecardsApp
import ScorecardsCore
import ScorecardsLibrary

/// The issues a command opens, and the one way they are read, for one file or a thousand,
/// directories of them or the library:
///
/// 1. `plan` lists what to read and checks what is cheap to check: every directory must
///    list, every file named on the command line must open (one `stat`, one `open`). Files
///    are ordered newest first by the date in their first lines.
/// 2. `first` parses the newest issue, for the first frame. A file found in a directory that
///    is not an issue is skipped with a warning and the next newest is tried; a named file
///    that is not one, or a library that cannot be read, is an error.
/// 3. `rest` reads all the others by the same rules, reporting progress: for the dashboard
///    on a thread of its own, whose results reach the event loop as events (`start`); for
///    `dump` and the report in line (`loadAll`).
struct StagedLoad: Sendable {
    enum Item: Sendable {
        /// A file, `named` on the command line rather than found in a directory.
        case file(String, named: Bool)
        /// An issue stored in the library, by id.
        case stored(Int64)
    }

    /// Everything to read, in the order given (a directory's files in name order); between
    /// issues of the same date, the later in this order is the newer.
    let items: [Item]
    /// Indices into `items`, newest first: the order `first` tries them in.
    let newestFirst: [Int]
    let library: IssueLibrary?
    /// The command line's paths, for the message when none of them holds an issue.
    let paths: [String]

    /// Stored issues are read this many at a time, so that progress shows.
    static let batch = 20

    static func plan(_ paths: [String], library: String?) throws -> StagedLoad {
        if paths.isEmpty {
            guard let store = try LibrarySource.existing(library) else {
                return StagedLoad(items: [], newestFirst: [], library: nil, paths: [])
            }
            let entries: [LibraryEntry]
            do { entries = try store.issues() } catch { throw LibrarySource.failure(error) }
            // Stored newest first (by date, then by id): as items, oldest first, so that of two
            // issues of one date the later stored is the newer, as the library orders them.
            let items = entries.reversed().map { Item.stored($0.id) }
            return StagedLoad(items: items, newestFirst: Array(items.indices.reversed()), library: store, paths: [])
        }
        var items: [Item] = []
        for path in paths {
            if IssueFile.isDirectory(path) {
                do {
                    items += try IssueFile.textFiles(inDirectory: path).map { .file($0, named: false) }
                } catch {
                    throw Failure.loading(error, path: path)
                }
            } else {
                do { try IssueFile.check(path: path) } catch { throw Failure.loading(error, path: path) }
                items.append(.file(path, named: true))
            }
        }
        let dates = items.map { item -> String in
            guard case .file(let path, _) = item else { return "" }
            return IssueFile.peekDate(path: path) ?? ""
        }
        let newestFirst = items.indices.sorted { (dates[$0], $0) > (dates[$1], $1) }
        return StagedLoad(items: items, newestFirst: newestFirst, library: nil, paths: paths)
    }

    /// The issue the first frame shows, and what was skipped on the way to it.
    struct First: Sendable {
        var issue: IssueDocument
        var warnings: [ParseWarning]
        /// Where it stands in `items` (nil: the bundled issue).
        var index: Int?
        /// How many items `first` went through, this one included.
        var tried: Int
        var skipped: [SkippedFile]
    }

    /// The newest issue; with nothing to read (no paths, no library), the bundled one.
    func first() throws(LoadFailure) -> First {
        guard !items.isEmpty else {
            return First(issue: IssueSource.bundled().issue, warnings: [], index: nil, tried: 0, skipped: [])
        }
        var skipped: [SkippedFile] = []
        for (position, index) in newestFirst.enumerated() {
            switch read(index) {
            case .issue(let issue, let warnings):
                return First(issue: issue, warnings: warnings, index: index, tried: position + 1, skipped: skipped)
            case .skipped(let file):
                skipped.append(file)
            case .failed(let failure):
                throw failure
            }
        }
        let names = paths.map { "'\(Stderr.safe($0))'" }.joined(separator: ", ")
        throw LoadFailure(lines: skipped.map(Self.warning) + ["scorecards: no issue found in \(names)"], status: 65)
    }

    /// Where loading stands once the first issue is read; nil when nothing is left to read.
    func progress(after first: First) -> LoadProgress? {
        first.tried < items.count ? LoadProgress(done: first.tried, total: items.count) : nil
    }

    /// Every issue opened, oldest first.
    struct Loaded: Sendable {
        var issues: [IssueDocument]
        /// The first (newest) issue's warnings.
        var warnings: [ParseWarning]
        /// Each file from a directory that is not an issue.
        var skipped: [SkippedFile]
    }

    /// Reads every item `first` did not, newest first, calling `progress` after each (a
    /// batch, for the library); nil when `cancelled` says to stop.
    func rest(after first: First, progress: (LoadProgress) -> Void = { _ in },
              cancelled: () -> Bool = { false }) throws(LoadFailure) -> Loaded? {
        var documents: [Int: IssueDocument] = [:]
        if let index = first.index { documents[index] = first.issue }
        var skipped = first.skipped
        let remaining = Array(newestFirst.dropFirst(first.tried))
        var done = first.tried
        if let library {
            var ids: [Int64: Int] = [:]
            for index in remaining { if case .stored(let id) = items[index] { ids[id] = index } }
            for start in stride(from: 0, to: remaining.count, by: Self.batch) {
                if cancelled() { return nil }
                let batch = remaining[start..<min(start + Self.batch, remaining.count)].compactMap { index -> Int64? in
                    guard case .stored(let id) = items[index] else { return nil }
                    return id
                }
                do {
                    for (id, document) in try library.load(ids: batch) { if let index = ids[id] { documents[index] = document } }
                } catch {
                    throw LibrarySource.problem(error)
                }
                done += batch.count
                progress(LoadProgress(done: done, total: items.count))
            }
        } else {
            for index in remaining {
                if cancelled() { return nil }
                switch read(index) {
                case .issue(let issue, _): documents[index] = issue
                case .skipped(let file): skipped.append(file)
                case .failed(let failure): throw failure
                }
                done += 1
                progress(LoadProgress(done: done, total: items.count))
            }
        }
        let issues = items.indices.compactMap { documents[$0] }.sortedByDate()
        return Loaded(issues: issues.isEmpty ? [first.issue] : issues, warnings: first.warnings, skipped: skipped)
    }

    /// Everything, in line: for `dump` and the report.
    func loadAll() throws(LoadFailure) -> Loaded {
        let first = try first()
        // Never cancelled, so never nil.
        return try rest(after: first) ?? Loaded(issues: [first.issue], warnings: first.warnings, skipped: first.skipped)
    }

    /// Reads the rest on a thread of its own. What it finds reaches the loop through
    /// `background` only: progress (at most every 100 ms), then every issue with the files
    /// skipped, or the error that stops the program.
    func start(after first: First, into background: Background) {
        guard first.tried < items.count || !first.skipped.isEmpty else {
            background.finish()
            return
        }
        Thread.detachNewThread {
            var reported = ContinuousClock.now
            do throws(LoadFailure) {
                let loaded = try rest(after: first, progress: { progress in
                    guard ContinuousClock.now - reported >= .milliseconds(100) else { return }
                    reported = ContinuousClock.now
                    background.post(.loadProgress(progress))
                }, cancelled: { background.isCancelled })
                if let loaded { background.post(.issuesLoaded(loaded.issues, skipped: loaded.skipped)) }
            } catch {
                background.post(.loadFailed(error))
            }
            background.finish()
        }
    }

    private enum Outcome {
        case issue(IssueDocument, [ParseWarning])
        case skipped(SkippedFile)
        case failed(LoadFailure)
    }

    /// One item, by the rules: a named file must be an issue, a directory's file that is not
    /// one is skipped with a warning, a stored issue must load.
    private func read(_ index: Int) -> Outcome {
        switch items[index] {
        case .file(let path, let named):
            do {
                let parsed = try IssueFile.load(path: path)
                return .issue(parsed.issue, parsed.warnings)
            } catch {
                if named { return .failed(Failure.problem(error, path: path)) }
                return .skipped(SkippedFile(path: path, reason: error.summary))
            }
        case .stored(let id):
            guard let library else { return .failed(LoadFailure(lines: ["scorecards: no library"], status: 66)) }
            do {
                return .issue(try library.load(id: id), [])
            } catch {
                return .failed(LibrarySource.problem(error))
            }
        }
    }

    /// The line standard error gets for a skipped file.
    static func warning(_ file: SkippedFile) -> String {
        "scorecards: warning: skipped '\(Stderr.safe(file.path))': \(file.reason)"
    }
}
