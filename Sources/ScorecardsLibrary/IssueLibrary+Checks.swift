import GRDB

/// Checks for tests and for a `doctor` command: what is stored, and whether it is sound.
extension IssueLibrary {
    /// Counts of every table, for checks that an operation changed nothing.
    public func rowCounts() throws(LibraryError) -> [String: Int] {
        try reading { db in
            var counts: [String: Int] = [:]
            for table in ["issue", "scorecard", "article", "passage", "metric", "metric_source"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            counts["passage_search"] = try Int.fetchOne(db, sql: "SELECT count(*) FROM passage_search_docsize") ?? 0
            return counts
        }
    }

    /// `PRAGMA integrity_check` plus the FTS index's own check; "ok" when sound.
    public func integrityCheck() throws(LibraryError) -> String {
        let result = try reading { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
        guard result == "ok" else { return result }
        do {
            try pool.write { db in
                try db.execute(sql: "INSERT INTO passage_search(passage_search, rank) VALUES ('integrity-check', 1)")
            }
        } catch {
            return "search index: \(LibraryError.wrap(error, path: path))"
        }
        return "ok"
    }
}
