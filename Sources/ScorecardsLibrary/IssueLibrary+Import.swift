import Foundation
import GRDB
import ScorecardsCore

extension IssueLibrary {
    /// Files parsed at a time, on all cores, while the batch before is written.
    static let importBatch = 16

    /// Imports issue files and directories of them (each `*.txt` directly inside, in name
    /// order), all in one transaction.
    ///
    /// A file whose SHA-256 is already stored (or appeared earlier in the call) is skipped
    /// and listed in `ImportReport.skipped`. A file found in a directory that cannot be read
    /// or parsed is left out and listed in `ImportReport.rejected`, as the dashboard skips
    /// it, unless `strict`. If a file named in `paths` (or, when `strict`, any file) cannot be
    /// read or parsed, the whole import is abandoned and the library is left exactly as it
    /// was: the error is
    /// `LibraryError.importFailed` with every failed file and its reason (the rest are still
    /// parsed so that all failures are reported at once). An error thrown by `progress`
    /// also abandons the import and is rethrown as it is; a process killed midway leaves
    /// nothing behind either, by SQLite's own rollback. `progress` is called
    /// synchronously, once at the start and after each file, inside the import's transaction:
    /// it must not call the library.
    @discardableResult
    public func `import`(paths: [String], strict: Bool = true, progress: (ImportProgress) throws -> Void = { _ in }) throws -> ImportReport {
        let (files, listed, missing) = ImportSources.expand(paths)
        let lenient = strict ? [] : listed
        guard missing.isEmpty else { throw LibraryError.importFailed(missing) }
        let batches = stride(from: 0, to: files.count, by: Self.importBatch).map {
            Array(files[$0..<min($0 + Self.importBatch, files.count)])
        }
        let importedAt = Date().timeIntervalSince1970
        do {
            return try pool.write { db in
                let writer = IssueWriter(db: db)
                var known: [String: Int64] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT hash, id FROM issue") { known[row[0]] = row[1] }
                var report = ImportReport()
                report.files = files.count
                var failures: [ImportFailure] = []
                try progress(ImportProgress(done: 0, total: files.count, bytes: 0))
                var next = batches.first.map { ParsePool($0, known: known) }
                for (index, batch) in batches.enumerated() {
                    guard let current = next else { break }
                    let outcomes = current.wait()
                    next = index + 1 < batches.count ? ParsePool(batches[index + 1], known: known) : nil
                    for (path, outcome) in zip(batch, outcomes) {
                        try take(outcome, path: path, writer: writer, importedAt: importedAt, lenient: lenient.contains(path),
                                 known: &known, report: &report, failures: &failures)
                        try progress(ImportProgress(
                            done: report.added.count + report.skipped.count + report.rejected.count + failures.count,
                            total: files.count, bytes: report.bytes))
                    }
                }
                // Let a batch still being parsed finish before the transaction ends.
                _ = next?.wait()
                if !failures.isEmpty { throw LibraryError.importFailed(failures) }
                // The whole import's passages indexed in one pass (nothing was staged when every
                // file was already stored or skipped).
                if !report.added.isEmpty { try writer.indexSearchText() }
                return report
            }
        } catch let error as DatabaseError {
            throw LibraryError.wrap(error, path: path)
        }
    }

    /// Stores one parsed file, or records why it is skipped or failed. After the first
    /// failure nothing more is written, since the transaction will be rolled back anyway.
    private func take(
        _ outcome: ParsePool.Outcome, path: String, writer: IssueWriter, importedAt: Double, lenient: Bool,
        known: inout [String: Int64], report: inout ImportReport, failures: inout [ImportFailure]
    ) throws {
        switch outcome {
        case .known(let hash, let bytes, let existing):
            report.bytes += bytes
            report.skipped.append(.init(path: path, hash: hash, existingID: existing))
        case .failed(let bytes, let problem):
            report.bytes += bytes
            if lenient {
                report.rejected.append(ImportFailure(path: path, problem: problem))
            } else {
                failures.append(ImportFailure(path: path, problem: problem))
            }
        case .parsed(let hash, let bytes, let parsed, let search):
            report.bytes += bytes
            if let existing = known[hash] {
                report.skipped.append(.init(path: path, hash: hash, existingID: existing))
            } else if failures.isEmpty {
                let facts = IssueWriter.FileFacts(hash: hash, path: path, byteCount: bytes, importedAt: importedAt)
                let id = try writer.insert(parsed.issue, file: facts, search: search)
                known[hash] = id
                report.added.append(Self.entry(id: id, issue: parsed.issue, file: facts))
                report.warnings += parsed.warnings.map { .init(path: path, line: $0.line, message: $0.message) }
            } else {
                // Counted as handled for progress; not stored, as the import is failing.
                report.skipped.append(.init(path: path, hash: hash, existingID: nil))
            }
        }
    }

    static func entry(id: Int64, issue: IssueDocument, file: IssueWriter.FileFacts) -> LibraryEntry {
        let articles = issue.allArticles
        return LibraryEntry(
            id: id, title: issue.title, publication: issue.publication, number: issue.number, date: issue.date,
            source: issue.source, path: file.path, hash: file.hash, byteCount: file.byteCount,
            articleCount: articles.count, metricCount: articles.reduce(0) { $0 + $1.metrics.count },
            importedAt: Date(timeIntervalSince1970: file.importedAt))
    }
}
