import GRDB
import ScorecardsCore

/// Schema v4, self-contained: what a library needs to search as a file is searched.
///
/// `passage_search` indexes each passage's `StoredSearchText` (normalised text, and the
/// initials and syllables of its readings) by trigrams, under the passage's id. It keeps neither the
/// text nor positions (`content=''`, `detail=none`): a query asks for passages holding
/// all the trigrams of a pattern, and `SearchIndex` decides over those, so the stored
/// text is needed only while a passage is added or removed, and is made from the passage
/// again then (`SearchTextIndex`). `passage_ambiguous` lists the few passages whose
/// readings cannot rule them out. The index over the raw text (`passage_fts`) goes.
/// Existing passages are indexed here, so a library written by an earlier version
/// searches like a new one.
enum SearchTextMigration {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS passage_fts_delete;
            DROP TRIGGER IF EXISTS passage_fts_update;
            DROP TABLE IF EXISTS passage_fts;
            CREATE VIRTUAL TABLE passage_search USING fts5(
                folded, initials, syllables, content='', tokenize='trigram', detail=none);
            CREATE TABLE passage_ambiguous (id INTEGER PRIMARY KEY REFERENCES passage(id) ON DELETE CASCADE);
            """)
        try SearchTextIndex.indexAll(db)
    }
}

/// Adding passages to `passage_search` and taking them out.
///
/// An import stages its passages' stored text in a temporary table and indexes them all
/// in one statement at the end: FTS5 keeps the terms of one statement in memory and
/// writes them once, where a row at a time would flush them at every statement.
enum SearchTextIndex {
    /// Indexes every passage anew, and records which stored text the index holds.
    static func indexAll(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO passage_search (passage_search) VALUES ('delete-all');
            DELETE FROM passage_ambiguous;
            """)
        try prepareStaging(db)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, field, body FROM passage ORDER BY id")
        while let row = try rows.next() {
            let field: Int = row[1], body: String = row[2]
            try stage(db, passage: row[0], stored(body: body, field: field))
        }
        try indexStaged(db)
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_text', ?)",
                       arguments: [StoredSearchText.fingerprint])
    }

    /// Whether the index holds stored text of another fingerprint (made by another version).
    static func isStale(_ db: Database) throws -> Bool {
        guard try db.tableExists("passage_search") else { return false }
        return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'search_text'") != StoredSearchText.fingerprint
    }

    static func stored(body: String, field: Int) -> StoredSearchText {
        StoredSearchText(lines: field < 0 ? IssueReader.lines(body) : [body])
    }

    /// The staging table, kept for the connection; emptied by `indexStaged` and, with
    /// everything else, by a rollback.
    static func prepareStaging(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS search_staging (
                id INTEGER PRIMARY KEY, folded TEXT NOT NULL, initials TEXT NOT NULL, syllables TEXT NOT NULL)
            """)
    }

    static func stage(_ db: Database, passage: Int64, _ stored: StoredSearchText) throws {
        try db.cachedStatement(sql: "INSERT INTO temp.search_staging (id, folded, initials, syllables) VALUES (?, ?, ?, ?)")
            .execute(arguments: [passage, stored.folded, stored.initials, stored.syllables])
        if stored.ambiguous {
            try db.cachedStatement(sql: "INSERT INTO passage_ambiguous (id) VALUES (?)").execute(arguments: [passage])
        }
    }

    static func indexStaged(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO passage_search (rowid, folded, initials, syllables)
            SELECT id, folded, initials, syllables FROM temp.search_staging;
            DELETE FROM temp.search_staging;
            """)
    }

    /// Takes the passages of an issue out of the index, before the issue is deleted: a
    /// contentless index is told what it held, which is made again from each passage.
    static func forget(issue: Int64, _ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.field, p.body FROM passage p JOIN article a ON a.id = p.article_id WHERE a.issue_id = ?
            """, arguments: [issue])
        let delete = try db.cachedStatement(sql: """
            INSERT INTO passage_search (passage_search, rowid, folded, initials, syllables) VALUES ('delete', ?, ?, ?, ?)
            """)
        for row in rows {
            let field: Int = row[1], body: String = row[2]
            let stored = stored(body: body, field: field)
            try delete.execute(arguments: [row[0] as Int64, stored.folded, stored.initials, stored.syllables])
        }
    }

    /// The FTS5 query for a pattern: all of its trigrams.
    static func match(_ pattern: StoredSearchFilter.Pattern) -> String {
        pattern.trigrams.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
    }
}
