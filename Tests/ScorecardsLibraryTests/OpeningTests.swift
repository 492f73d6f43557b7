import Foundation
import GRDB
import ScorecardsCore
import ScorecardsCorpus
import Testing
@testable import ScorecardsLibrary

@Suite struct OpeningTests {
    @Test func emptyFileBecomesACurrentLibrary() throws {
        let directory = try TempDirectory()
        let path = try directory.write("library.sqlite", "")
        let library = try IssueLibrary(path: path)
        #expect(try library.isEmpty)
        let stamp = try library.reading { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(stamp.0 == IssueLibrary.schemaVersion)
        #expect(stamp.1 == String(IssueLibrary.schemaVersion))
        #expect(stamp.2 == ["v1", "v2", "v3", "v4", "v5"])
        #expect(stamp.3 == "wal")
    }

    /// The writer keeps an import's pages cached; readers, which scan each table once to
    /// build the issues, keep SQLite's small default and so the dashboard's memory low.
    @Test func onlyTheWriterHasALargeCache() throws {
        let directory = try TempDirectory()
        let library = try IssueLibrary(path: directory.file("library.sqlite"))
        #expect(try library.writing { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") } == -32768)
        #expect(try library.reading { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") } == -2000)
    }

    /// A file left at v1 (no full-text index) with an issue in it: opening migrates it to v2
    /// and indexes the passages already stored.
    @Test func migratesAVersionOneFile() throws {
        let directory = try TempDirectory()
        let path = directory.file("v1.sqlite")
        let seed = try IssueParser.parse(text: CorpusGenerator.seedText).issue
        do {
            let queue = try DatabaseQueue(path: path)
            try LibrarySchema.migrator.migrate(queue, upTo: "v1")
            try queue.write { db in
                let facts = IssueWriter.FileFacts(hash: String(repeating: "ab", count: 32), path: "/old/seed.txt",
                                                  byteCount: 1, importedAt: 0)
                _ = try IssueWriter(db: db, storesSearchText: false).insert(seed, file: facts)
            }
            #expect(try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 1)
            #expect(try queue.read { db in try db.tableExists("passage_fts") } == false)
            try queue.close()
        }
        let library = try IssueLibrary(path: path)
        #expect(try library.reading { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == IssueLibrary.schemaVersion)
        #expect(try library.loadAll() == [seed])
        let hits = try library.search("地区生产总值", limit: 100)
        #expect(hits.contains { $0.articleID == "development/0" && $0.field == .paragraph(3) })
        #expect(try library.integrityCheck() == "ok")
    }

    /// A v2 file (the index over the raw text, with term positions) is carried over to the
    /// v4 index over the stored search text, and still answers.
    @Test func migratesAVersionTwoFile() throws {
        let directory = try TempDirectory()
        let path = directory.file("v2.sqlite")
        let seed = try IssueParser.parse(text: CorpusGenerator.seedText).issue
        do {
            let queue = try DatabaseQueue(path: path)
            try LibrarySchema.migrator.migrate(queue, upTo: "v2")
            try queue.write { db in
                let facts = IssueWriter.FileFacts(hash: String(repeating: "cd", count: 32), path: "/old/seed.txt",
                                                  byteCount: 1, importedAt: 0)
                _ = try IssueWriter(db: db, storesSearchText: false).insert(seed, file: facts)
                try db.execute(sql: "INSERT INTO passage_fts(rowid, body) SELECT id, body FROM passage")
            }
            #expect(try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 2)
            try queue.close()
        }
        let library = try IssueLibrary(path: path)
        let definition = try library.reading { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'passage_search'")
        }
        #expect(definition?.contains("detail=none") == true)
        #expect(try library.reading { db in try db.tableExists("passage_fts") } == false)
        #expect(try library.rowCounts()["passage_search"] == (try library.rowCounts()["passage"]))
        for query in ["經濟", "gongshui", "diqu", "ＧＤＰ"] {
            #expect(try SameSearch.library(library, query) == SameSearch.file([seed], query), "\(query)")
        }
        #expect(try library.search("地区生产总值", limit: 100).contains { $0.articleID == "development/0" })
        #expect(try library.integrityCheck() == "ok")
    }

    /// A v3 file has no figure fields and the figures of an older extractor: v4 works them
    /// out again from the stored text, so the library holds what an import gives today.
    @Test func migratesAVersionThreeFileToTheFigureFields() throws {
        let directory = try TempDirectory()
        let path = directory.file("v3.sqlite")
        let seed = try IssueParser.parse(text: CorpusGenerator.seedText).issue
        do {
            let queue = try DatabaseQueue(path: path)
            try LibrarySchema.migrator.migrate(queue, upTo: "v3")
            try queue.write { db in
                let facts = IssueWriter.FileFacts(hash: String(repeating: "ef", count: 32), path: "/old/seed.txt",
                                                  byteCount: 1, importedAt: 0)
                _ = try IssueWriter(db: db, storesSearchText: false).insert(seed, file: facts)
                try db.execute(sql: "INSERT INTO passage_fts(rowid, body) SELECT id, body FROM passage")
                // What an older extractor stored: a bare label, and a figure it no longer reports.
                try db.execute(sql: "UPDATE metric SET label = '投资' WHERE value = 3996")
                try db.execute(sql: """
                    INSERT INTO metric (article_id, position, label, value, unit, base_unit, normalized_value)
                    SELECT article_id, 99, '居民', 100, '户', '户', 100 FROM metric WHERE value = 3996
                    """)
            }
            #expect(try queue.read { db in try db.columns(in: "metric").contains { $0.name == "kind" } } == false)
            try queue.close()
        }
        let library = try IssueLibrary(path: path)
        #expect(try library.reading { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 5)
        #expect(try library.loadAll() == [seed])
        let counts = try library.reading { db in
            try Int.fetchOne(db, sql: "SELECT metric_count FROM issue") ?? 0
        }
        #expect(counts == seed.allArticles.reduce(0) { $0 + $1.metrics.count })
        let loaded = try #require(library.loadAll().first)
        let pm10 = try #require(loaded.allArticles.flatMap(\.metrics).first { $0.label == "PM10" })
        #expect(pm10.kind == .change)
        #expect(loaded.allArticles.flatMap(\.metrics).contains { $0.sameAs != nil })
        #expect(try library.integrityCheck() == "ok")
    }

    /// An index of search text made otherwise (another version's normaliser or tables) is
    /// made anew when the library is opened, so the library still finds what a file finds.
    @Test func searchTextOfAnotherVersionIsIndexedAnew() throws {
        let directory = try TempDirectory()
        let path = directory.file("library.sqlite")
        let seed = try IssueParser.parse(text: CorpusGenerator.seedText).issue
        do {
            let library = try IssueLibrary(path: path)
            try library.import(paths: [try directory.writeSeed()])
            try library.writing { db in
                try db.execute(sql: """
                    INSERT INTO passage_search (passage_search) VALUES ('delete-all');
                    UPDATE meta SET value = '0/old' WHERE key = 'search_text';
                    """)
            }
            #expect(try library.search("經濟", limit: 100).isEmpty, "the index emptied, as another version's would miss")
            try library.close()
        }
        let library = try IssueLibrary(path: path)
        for query in ["經濟", "gongshui", "diqu", "ＧＤＰ"] {
            #expect(try SameSearch.library(library, query) == SameSearch.file([seed], query), "\(query)")
        }
        #expect(try library.reading { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'search_text'") }
                == StoredSearchText.fingerprint)
        #expect(try library.integrityCheck() == "ok")
    }

    @Test(arguments: ["migration", "user_version", "meta"])
    func newerLibraryIsRefusedAndLeftUnchanged(mark: String) throws {
        let directory = try TempDirectory()
        let path = directory.file("newer.sqlite")
        do {
            let library = try IssueLibrary(path: path)
            try library.import(paths: [try directory.writeSeed()])
            try library.writing { db in
                switch mark {
                case "migration": try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v3-added-later')")
                case "user_version": try db.execute(sql: "PRAGMA user_version = 7")
                default: try db.execute(sql: "UPDATE meta SET value = '9' WHERE key = 'schema_version'")
                }
            }
            try library.close()
        }
        let before = try #require(Fixtures.bytes(path))
        #expect {
            try IssueLibrary(path: path)
        } throws: { error in
            guard case LibraryError.newerSchema(let where_, _) = error else { return false }
            let text = "\(error)"
            return where_ == path && text.contains(path) && text.contains("newer") && !text.contains("\n")
        }
        #expect(Fixtures.bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal") || Fixtures.bytes(path + "-wal")?.isEmpty == true)
    }

    @Test func textFileIsRefusedAndLeftUnchanged() throws {
        let directory = try TempDirectory()
        let path = try directory.writeSeed("library.sqlite")
        let before = try #require(Fixtures.bytes(path))
        #expect(throws: LibraryError.notADatabase(path: path)) { try IssueLibrary(path: path) }
        #expect(Fixtures.bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect("\(LibraryError.notADatabase(path: path))".hasPrefix(path + ": not an SQLite database"))
        // So is a file too short to hold a header, and one that only starts like SQLite's.
        let tiny = try directory.write("tiny.sqlite", "x")
        #expect(throws: LibraryError.notADatabase(path: tiny)) { try IssueLibrary(path: tiny) }
        #expect(Fixtures.bytes(tiny) == Array("x".utf8))
    }

    @Test func damagedSQLiteFileIsRefused() throws {
        let directory = try TempDirectory()
        let path = directory.file("damaged.sqlite")
        try IssueLibrary(path: path).close()
        var bytes = try #require(Fixtures.bytes(path))
        // Keep the magic string, wreck the rest of the header and the first pages.
        for index in 16..<min(bytes.count, 8192) { bytes[index] = 0xA5 }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: LibraryError.self) { try IssueLibrary(path: path) }
        #expect(Fixtures.bytes(path) == bytes)
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftUnchanged() throws {
        let directory = try TempDirectory()
        let path = directory.file("other.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)") }
            try queue.close()
        }
        let before = try #require(Fixtures.bytes(path))
        #expect(throws: LibraryError.notALibrary(path: path)) { try IssueLibrary(path: path) }
        #expect(Fixtures.bytes(path) == before)
    }
}
