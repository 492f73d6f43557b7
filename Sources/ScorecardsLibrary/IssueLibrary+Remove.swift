import GRDB

extension IssueLibrary {
    /// Removes the issues with these ids (their articles, metrics and index entries with
    /// them) in one transaction; returns how many existed.
    @discardableResult
    public func remove(ids: [Int64]) throws(LibraryError) -> Int {
        try writing { db in
            var removed = 0
            for id in ids {
                try SearchTextIndex.forget(issue: id, db)
                try db.execute(sql: "DELETE FROM issue WHERE id = ?", arguments: [id])
                removed += db.changesCount
            }
            return removed
        }
    }

    /// Removes the one issue whose file hash starts with `hashPrefix` (at least
    /// `minimumHashPrefix` hex digits) and returns it.
    @discardableResult
    public func remove(hashPrefix: String) throws(LibraryError) -> LibraryEntry {
        let prefix = hashPrefix.lowercased()
        guard prefix.count >= Self.minimumHashPrefix, prefix.allSatisfy(\.isHexDigit) else {
            throw .invalidHashPrefix(hashPrefix)
        }
        return try writing { db in
            let matches = try Row.fetchAll(db, sql: """
                SELECT id, title, publication, number, date, source, path, hash, byte_count, article_count,
                       metric_count, imported_at
                FROM issue WHERE substr(hash, 1, ?) = ?
                """, arguments: [prefix.count, prefix]).map(Self.entry)
            guard let entry = matches.first else { throw LibraryError.noSuchIssue(hashPrefix) }
            guard matches.count == 1 else { throw LibraryError.ambiguousHash(prefix: hashPrefix, matches: matches.count) }
            try SearchTextIndex.forget(issue: entry.id, db)
            try db.execute(sql: "DELETE FROM issue WHERE id = ?", arguments: [entry.id])
            return entry
        }
    }
}
