import Foundation
import GRDB

/// Looks at an existing file before the library opens it for writing, so that a file the
/// library must not touch (not SQLite, another program's database, a newer schema) is
/// refused without a single byte of it changing. Opening for writing would already change
/// it: switching to WAL rewrites the header, and migrations add tables.
enum SchemaGuard {
    static func check(path: String) throws(LibraryError) {
        guard let header = readHeader(path: path) else { return }
        guard header.starts(with: Array("SQLite format 3\0".utf8)) else { throw .notADatabase(path: path) }

        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "ScorecardsLibrary.inspect"
        let found: (userVersion: Int, applicationID: Int32, tables: Int, migrations: Set<String>, metaVersion: Int?)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            found = try queue.read { db in
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                let migrations = try db.tableExists("grdb_migrations")
                    ? try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations") : []
                let metaVersion = try db.tableExists("meta")
                    ? try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'").flatMap { Int($0) }
                    : nil
                return (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                        try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                        tables, migrations, metaVersion)
            }
            try queue.close()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notADatabase(path: path)
        } catch {
            throw LibraryError.wrap(error, path: path)
        }

        if found.tables > 0, found.applicationID != LibrarySchema.applicationID {
            throw .notALibrary(path: path)
        }
        let known = LibrarySchema.knownMigrations
        if let unknown = found.migrations.subtracting(known).sorted().first {
            throw .newerSchema(path: path, detail: "it has migration \(unknown); this version knows \(known.joined(separator: ", "))")
        }
        let stated = max(found.userVersion, found.metaVersion ?? 0)
        if stated > LibrarySchema.version {
            throw .newerSchema(path: path, detail: "schema version \(stated); this version reads up to \(LibrarySchema.version)")
        }
    }

    /// The first 100 bytes (the SQLite header), or nil for a missing or empty file, which
    /// SQLite treats as a new database.
    private static func readHeader(path: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let bytes = (try? handle.read(upToCount: 100)).map { [UInt8]($0) } ?? []
        return bytes.isEmpty ? nil : bytes
    }
}
