import Foundation
import ScorecardsApp
import ScorecardsCore
import ScorecardsLibrary

/// Opening many issues: the newest is parsed first so the dashboard draws at once, and
/// the rest are loaded on a thread of their own and handed over when done.
struct StagedLoad {
    var first: LoadedIssues
    /// Loads everything (the first issue included), or nil when there is nothing more.
    var rest: (@Sendable () -> (issues: [IssueDocument], skipped: [(file: String, reason: String)]))?

    /// Below this many files, loading them all before the first frame is quick enough.
    static let threshold = 8

    static func plan(_ paths: [String], library: String?) throws -> StagedLoad {
        if paths.isEmpty {
            guard let store = try LibrarySource.existing(library) else {
                return StagedLoad(first: try IssueSource.loadMany([], library: library), rest: nil)
            }
            do {
                let entries = try store.issues()
                guard entries.count > threshold, let newest = entries.first else {
                    return StagedLoad(first: try IssueSource.loadMany([], library: library), rest: nil)
                }
                let issue = try store.load(id: newest.id)
                return StagedLoad(first: LoadedIssues(issues: [issue], warnings: [])) {
                    let all = (try? LibrarySource.oldestFirst(store)) ?? [issue]
                    return (all, [])
                }
            } catch let error as LibraryError {
                throw LibrarySource.failure(error)
            }
        }
        let files = paths.flatMap { IssueFile.isDirectory($0) ? ((try? IssueFile.textFiles(inDirectory: $0)) ?? []) : [$0] }
        guard files.count > threshold else {
            return StagedLoad(first: try IssueSource.loadMany(paths, library: library), rest: nil)
        }
        let dated = files.map { ($0, IssueFile.peekDate(path: $0) ?? "") }
        guard let newest = dated.max(by: { $0.1 < $1.1 })?.0 else {
            return StagedLoad(first: try IssueSource.loadMany(paths, library: library), rest: nil)
        }
        let first = try IssueSource.load(newest)
        return StagedLoad(first: LoadedIssues(issues: [first.issue], warnings: first.warnings)) {
            var issues: [IssueDocument] = []
            var skipped: [(file: String, reason: String)] = []
            for file in files {
                do {
                    issues.append(try IssueFile.load(path: file).issue)
                } catch let error as IssueLoadError {
                    skipped.append((file, error.summary))
                } catch {
                    skipped.append((file, "not an issue"))
                }
            }
            return (issues.sortedByDate(), skipped)
        }
    }

    /// Starts loading the rest; the dashboard takes it from `background`.
    func start(into background: Background) -> LoadResult {
        let result = LoadResult()
        guard let rest else {
            background.finish()
            return result
        }
        Thread.detachNewThread {
            let loaded = rest()
            result.skipped = loaded.skipped.map { "skipped '\(Stderr.safe($0.file))': \($0.reason)" }
            background.post(.issuesLoaded(loaded.issues, skipped: loaded.skipped.map { IssueSource.fileName($0.file) }))
            background.finish()
        }
        return result
    }
}

/// What the loading thread leaves for after the dashboard closes.
final class LoadResult: @unchecked Sendable {
    var skipped: [String] = []
}
