import Foundation
import GRDB
import ScorecardsCore

/// A persistent library of issues in one SQLite file.
///
/// Opening checks the file before writing to it (see `SchemaGuard`): a text file, another
/// program's database or a library written by a newer version is refused and left as it
/// was. Otherwise the schema is brought up to date by `LibrarySchema.migrator`. The file is
/// in WAL mode, so readers never wait for an import and a crash never leaves half of one.
///
/// Every method is synchronous and may be called from any thread; calls are serialised by
/// GRDB. A callback passed to the library must not call back into it.
public final class IssueLibrary: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Hash prefixes shorter than this are refused by `remove(hashPrefix:)`, like git's.
    public static let minimumHashPrefix = 4

    public convenience init(path: String) throws(LibraryError) {
        try self.init(path: path, cacheKiB: 32768)
    }

    /// `cacheKiB` is SQLite's page cache of the writing connection. The default keeps an
    /// import's index pages in memory; tests set it small to make SQLite spill uncommitted
    /// pages to the WAL. Readers keep SQLite's default (2 MB): they scan the tables once to
    /// build the issues, and a large cache would only hold pages never read again (32 MB of
    /// the dashboard's peak memory on a library of 1,000 issues).
    init(path: String, cacheKiB: Int) throws(LibraryError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateDirectory(path: directory, reason: (error as NSError).localizedDescription)
            }
        }
        try SchemaGuard.check(path: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "ScorecardsLibrary"
        configuration.prepareDatabase { db in
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -\(cacheKiB)") }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try LibrarySchema.migrator.migrate(pool)
            // A library indexed by a version that made the search text otherwise is indexed
            // anew, once, so that it finds what files find. Asked on the writer's connection:
            // a reader opened here could be the last to close, and a read-only connection
            // leaves the WAL behind.
            try pool.writeWithoutTransaction { db in
                if try SearchTextIndex.isStale(db) { try db.inTransaction { try SearchTextIndex.indexAll(db); return .commit } }
            }
        } catch {
            throw LibraryError.wrap(error, path: path)
        }
    }

    /// Opens the library at `defaultPath(environment:)`.
    public convenience init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(LibraryError) {
        try self.init(path: Self.defaultPath(environment: environment))
    }

    /// `$SCORECARDS_LIBRARY` when set; else `$XDG_DATA_HOME/scorecards/library.sqlite`, with
    /// `~/.local/share` standing in when XDG_DATA_HOME is unset or not absolute (as the XDG
    /// Base Directory specification asks).
    public static func defaultPath(environment: [String: String]) -> String {
        if let explicit = environment["SCORECARDS_LIBRARY"], !explicit.isEmpty { return explicit }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return (dataHome as NSString).appendingPathComponent("scorecards/library.sqlite")
    }

    /// The schema version this build writes.
    public static var schemaVersion: Int { LibrarySchema.version }

    /// Closes the file; later calls fail. Also happens when the library is released.
    public func close() throws(LibraryError) {
        do {
            try pool.close()
        } catch {
            throw LibraryError.wrap(error, path: path)
        }
    }

    // MARK: Listing and loading

    /// Every stored issue, newest issue date first (issues without a date last).
    public func issues() throws(LibraryError) -> [LibraryEntry] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT id, title, publication, number, date, source, path, hash, byte_count, article_count,
                       metric_count, imported_at
                FROM issue ORDER BY date DESC, id DESC
                """).map(Self.entry)
        }
    }

    public var isEmpty: Bool {
        get throws(LibraryError) {
            try reading { db in try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM issue)") ?? true }
        }
    }

    /// Every stored issue, in the order of `issues()`.
    public func loadAll() throws(LibraryError) -> [IssueDocument] {
        try reading { db in try IssueReader(db: db, path: path).documents(ids: nil).map(\.document) }
    }

    public func load(id: Int64) throws(LibraryError) -> IssueDocument {
        let found = try reading { db in try IssueReader(db: db, path: path).documents(ids: [id]) }
        guard let document = found.first?.document else { throw .noSuchIssue("#\(id)") }
        return document
    }

    // MARK: Plumbing

    static func entry(_ row: Row) -> LibraryEntry {
        LibraryEntry(
            id: row[0], title: row[1], publication: row[2], number: row[3], date: row[4], source: row[5],
            path: row[6], hash: row[7], byteCount: row[8], articleCount: row[9], metricCount: row[10],
            importedAt: Date(timeIntervalSince1970: row[11]))
    }

    func reading<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw LibraryError.wrap(error, path: path)
        }
    }

    func writing<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw LibraryError.wrap(error, path: path)
        }
    }
}
