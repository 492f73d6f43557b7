import GRDB

/// The library's tables, built by numbered migrations.
///
/// - v1: issues (masthead, file hash and path), scorecards, articles, passages (an article's
///   headline, as field −1 with its lines joined by LF, and its paragraphs as fields 0…), and
///   metrics with their sources.
/// - v2: the FTS5 trigram index over passages and the index metric series are read through.
///   The FTS index has external content (the passage table), so text is stored once.
///   Deletions and updates reach it through triggers; insertions do not, because a trigger
///   makes FTS5 flush its pending terms after every single passage (it syncs at each
///   statement's savepoint), which made imports three times slower. `IssueWriter.indexPassages`
///   adds the passages of an import in one statement instead.
/// - v3: the FTS index rebuilt with `detail=none`: trigram substring queries go through
///   `LIKE`, which the index answers without term positions, so positions are not stored.
///   That halves the time to index an import (6.3 s instead of 13.1 s for 1,000 issues here)
///   and the size of the index.
/// - v4: the figure fields (kind, every qualifier, basis, period, scope, the first statement
///   of the same fact, and the article of a source in another article), worked out afresh
///   from each stored issue's text, since the labels and the figures found change with them.
///   A self-contained step: it reads the stored issues and rewrites their metrics only.
/// - v5 (`SearchTextMigration`): search the way a file is searched. `passage_search` indexes
///   each passage's `StoredSearchText` (normalised text, the initials and the syllables of its
///   readings, a character a cell) by trigrams, without keeping it; the index over the raw text
///   (`passage_fts`) goes.
///
/// Every migration records its number in `PRAGMA user_version` and in `meta`, so a file says
/// which schema wrote it even to a reader that knows nothing of GRDB's bookkeeping.
enum LibrarySchema {
    /// The schema this build writes; a file above it is refused.
    static let version = 5
    /// `PRAGMA application_id`: marks the SQLite file as an issue library ("SCLB").
    static let applicationID: Int32 = 0x5343_4C42

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE issue (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    hash TEXT NOT NULL UNIQUE,
                    path TEXT NOT NULL,
                    byte_count INTEGER NOT NULL,
                    imported_at REAL NOT NULL,
                    title TEXT, publication TEXT, number TEXT, date TEXT, source TEXT,
                    article_count INTEGER NOT NULL,
                    metric_count INTEGER NOT NULL
                );
                CREATE INDEX issue_by_date ON issue(date);
                CREATE TABLE scorecard (
                    issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    name TEXT NOT NULL,
                    page TEXT,
                    headline TEXT NOT NULL,
                    PRIMARY KEY (issue_id, position)
                ) WITHOUT ROWID;
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
                    scorecard_position INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    kind TEXT NOT NULL
                );
                CREATE INDEX article_by_issue ON article(issue_id, scorecard_position, position);
                CREATE TABLE passage (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    field INTEGER NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE INDEX passage_by_article ON passage(article_id, field);
                CREATE TABLE metric (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    label TEXT NOT NULL,
                    value REAL NOT NULL,
                    unit TEXT NOT NULL,
                    change_percent REAL,
                    qualifier TEXT,
                    year INTEGER,
                    base_unit TEXT NOT NULL,
                    normalized_value REAL NOT NULL
                );
                CREATE INDEX metric_by_article ON metric(article_id, position);
                CREATE TABLE metric_source (
                    metric_id INTEGER NOT NULL REFERENCES metric(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    paragraph INTEGER NOT NULL,
                    span_start INTEGER NOT NULL,
                    span_end INTEGER NOT NULL,
                    PRIMARY KEY (metric_id, position)
                ) WITHOUT ROWID;
                PRAGMA application_id = \(applicationID);
                """)
            try stamp(db, version: 1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE passage_fts USING fts5(
                    body, content='passage', content_rowid='id', tokenize='trigram');
                CREATE TRIGGER passage_fts_delete AFTER DELETE ON passage BEGIN
                    INSERT INTO passage_fts(passage_fts, rowid, body) VALUES ('delete', old.id, old.body);
                END;
                CREATE TRIGGER passage_fts_update AFTER UPDATE ON passage BEGIN
                    INSERT INTO passage_fts(passage_fts, rowid, body) VALUES ('delete', old.id, old.body);
                    INSERT INTO passage_fts(rowid, body) VALUES (new.id, new.body);
                END;
                INSERT INTO passage_fts(passage_fts) VALUES ('rebuild');
                CREATE INDEX metric_by_label ON metric(label, base_unit);
                """)
            try stamp(db, version: 2)
        }
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                DROP TRIGGER passage_fts_delete;
                DROP TRIGGER passage_fts_update;
                DROP TABLE passage_fts;
                CREATE VIRTUAL TABLE passage_fts USING fts5(
                    body, content='passage', content_rowid='id', tokenize='trigram', detail=none);
                CREATE TRIGGER passage_fts_delete AFTER DELETE ON passage BEGIN
                    INSERT INTO passage_fts(passage_fts, rowid, body) VALUES ('delete', old.id, old.body);
                END;
                CREATE TRIGGER passage_fts_update AFTER UPDATE ON passage BEGIN
                    INSERT INTO passage_fts(passage_fts, rowid, body) VALUES ('delete', old.id, old.body);
                    INSERT INTO passage_fts(rowid, body) VALUES (new.id, new.body);
                END;
                INSERT INTO passage_fts(passage_fts) VALUES ('rebuild');
                """)
            try stamp(db, version: 3)
        }
        migrator.registerMigration("v4") { db in
            try db.execute(sql: """
                ALTER TABLE metric ADD COLUMN kind TEXT;
                ALTER TABLE metric ADD COLUMN qualifiers TEXT;
                ALTER TABLE metric ADD COLUMN basis TEXT;
                ALTER TABLE metric ADD COLUMN period_start INTEGER;
                ALTER TABLE metric ADD COLUMN period_end INTEGER;
                ALTER TABLE metric ADD COLUMN per_year INTEGER;
                ALTER TABLE metric ADD COLUMN period_date TEXT;
                ALTER TABLE metric ADD COLUMN scope TEXT;
                ALTER TABLE metric ADD COLUMN same_as TEXT;
                ALTER TABLE metric_source ADD COLUMN article TEXT;
                """)
            try FigureRederivation.run(db)
            try stamp(db, version: 4)
        }
        migrator.registerMigration("v5") { db in
            try SearchTextMigration.migrate(db)
            try stamp(db, version: 5)
        }
        return migrator
    }()

    /// True once v4 has added the figure fields.
    static func hasFigureFields(_ db: Database) throws -> Bool {
        try db.columns(in: "metric").contains { $0.name == "same_as" }
    }

    /// The migration identifiers this build knows, oldest first.
    static var knownMigrations: [String] { migrator.migrations }

    static func stamp(_ db: Database, version: Int) throws {
        try db.execute(sql: "PRAGMA user_version = \(version)")
        try db.execute(
            sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?), ('written_by', ?)",
            arguments: [String(version), "ScorecardsLibrary schema \(version)"])
    }
}
