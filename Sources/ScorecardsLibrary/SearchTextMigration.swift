import GRDB
import ScorecardsCore

/// Schema v4, self-contained: what a library needs to search as a file is searched.
///
/// `passage_text` holds each passage's `StoredSearchText`, `passage_search` indexes both
/// of its columns by trigrams (external content, `detail=none`: the index answers `LIKE`
/// from trigrams alone). Rows are deleted with their passage (foreign key), and the
/// index with them (trigger); insertions are indexed by `IssueWriter.indexSearchText`,
/// once per import, as a trigger would flush the index after every row. The old index
/// over the raw text goes. Existing passages get their stored text here, so a library
/// written by an earlier version searches like a new one.
enum SearchTextMigration {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS passage_fts_delete;
            DROP TRIGGER IF EXISTS passage_fts_update;
            DROP TABLE IF EXISTS passage_fts;
            CREATE TABLE passage_text (
                id INTEGER PRIMARY KEY REFERENCES passage(id) ON DELETE CASCADE,
                folded TEXT NOT NULL,
                initials TEXT NOT NULL,
                ambiguous INTEGER NOT NULL
            );
            CREATE INDEX passage_text_ambiguous ON passage_text(id) WHERE ambiguous;
            CREATE VIRTUAL TABLE passage_search USING fts5(
                folded, initials, content='passage_text', content_rowid='id', tokenize='trigram', detail=none);
            CREATE TRIGGER passage_search_delete AFTER DELETE ON passage_text BEGIN
                INSERT INTO passage_search(passage_search, rowid, folded, initials)
                VALUES ('delete', old.id, old.folded, old.initials);
            END;
            """)
        let insert = try db.makeStatement(sql: "INSERT INTO passage_text (id, folded, initials, ambiguous) VALUES (?, ?, ?, ?)")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, field, body FROM passage ORDER BY id")
        while let row = try rows.next() {
            let field: Int = row[1], body: String = row[2]
            let stored = StoredSearchText(lines: field < 0 ? IssueReader.lines(body) : [body])
            try insert.execute(arguments: [row[0] as Int64, stored.folded, stored.initials, stored.ambiguous])
        }
        try db.execute(sql: "INSERT INTO passage_search(passage_search) VALUES ('rebuild')")
    }
}
