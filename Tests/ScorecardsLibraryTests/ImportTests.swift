import Foundation
import ScorecardsCore
import ScorecardsCorpus
import Testing
@testable import ScorecardsLibrary

@Suite struct ImportTests {
    @Test func importSeedThenAgainIsSkipped() throws {
        let directory = try TempDirectory()
        let seed = try directory.writeSeed()
        let library = try IssueLibrary(path: directory.file("lib/library.sqlite"))
        #expect(try library.isEmpty)

        var steps: [ImportProgress] = []
        let first = try library.import(paths: [seed]) { steps.append($0) }
        #expect(first.added.count == 1 && first.skipped.isEmpty && first.warnings.isEmpty)
        let bytes = try #require(Fixtures.bytes(seed))
        #expect(steps.first == ImportProgress(done: 0, total: 1, bytes: 0))
        #expect(steps.last == ImportProgress(done: 1, total: 1, bytes: bytes.count))
        let entry = try #require(first.added.first)
        #expect(entry.hash == SHA256.hex(bytes) && entry.byteCount == bytes.count)
        #expect(entry.articleCount == 22 && entry.metricCount == 149)
        #expect(entry.title == "《长江日报城区读本》2018年第1期.大成武昌" && entry.date == "2018-01-15")
        #expect(entry.path == seed)
        #expect(try library.issues() == [entry])

        let counts = try library.rowCounts()
        let second = try library.import(paths: [seed])
        #expect(second.added.isEmpty)
        #expect(second.skipped == [.init(path: seed, hash: entry.hash, existingID: entry.id)])
        #expect(try library.rowCounts() == counts)
        #expect(counts["issue"] == 1 && counts["article"] == 22 && counts["metric"] == 149)
        #expect(!(try library.isEmpty))
    }

    @Test func sameBytesTwiceInOneImportStoredOnce() throws {
        let directory = try TempDirectory()
        let a = try directory.writeSeed("a.txt")
        let b = try directory.writeSeed("b.txt")
        let library = try IssueLibrary(path: directory.file("library.sqlite"))
        let report = try library.import(paths: [a, b])
        #expect(report.added.map(\.path) == [a])
        #expect(report.skipped.map(\.path) == [b])
        #expect(report.skipped.first?.existingID == report.added.first?.id)
    }

    @Test func importDirectoryListLoadAndRemove() throws {
        let directory = try TempDirectory()
        let corpus = try Fixtures.writeCorpus(Fixtures.corpus20, in: directory, folder: "corpus")
        try directory.write("corpus/notes.md", "not an issue, and not *.txt: ignored")
        let library = try IssueLibrary(path: directory.file("library.sqlite"))
        let report = try library.import(paths: [corpus])
        #expect(report.files == 20 && report.added.count == 20 && report.warnings.isEmpty)
        // Files are taken in name order, so ids follow issue order.
        #expect(report.added.map { ($0.path as NSString).lastPathComponent } == (1...20).map(CorpusGenerator.fileName))

        let entries = try library.issues()
        #expect(entries.count == 20)
        #expect(entries.map(\.date) == report.added.reversed().map(\.date), "newest issue date first")
        #expect(entries.first?.number == "2018年第20期")
        #expect(entries.allSatisfy { $0.title?.contains("（合成数据）") == true })

        // Loading gives back exactly what the parser gave.
        for entry in entries.prefix(3) {
            let parsed = try IssueFile.load(path: entry.path).issue
            #expect(try library.load(id: entry.id) == parsed)
        }
        let all = try library.loadAll()
        #expect(all.count == 20)
        #expect(all.map(\.date) == entries.map(\.date))
        for (document, entry) in zip(all, entries) {
            #expect(document == (try IssueFile.load(path: entry.path).issue))
        }

        // Remove two by id and one by hash prefix; the rest stay, the index forgets them.
        let doomed = Array(entries.prefix(2))
        #expect(try library.remove(ids: doomed.map(\.id) + [999_999]) == 2)
        let third = entries[2]
        let removed = try library.remove(hashPrefix: String(third.hash.prefix(10)).uppercased())
        #expect(removed == third)
        #expect(try library.issues() == Array(entries.dropFirst(3)))
        #expect(throws: LibraryError.noSuchIssue("#\(third.id)")) { try library.load(id: third.id) }
        #expect(try library.search("合成数据", limit: 1000).isEmpty, "titles are not indexed")
        let hits = try library.search("武昌区", limit: 10_000)
        #expect(!hits.isEmpty && hits.allSatisfy { hit in !entries.prefix(3).contains { $0.id == hit.issueID } })
        let counts = try library.rowCounts()
        #expect(counts["passage"] == counts["passage_search"])
        #expect(try library.integrityCheck() == "ok")
    }

    @Test func hashPrefixMustBeLongEnoughAndUnique() throws {
        let directory = try TempDirectory()
        let library = try IssueLibrary(path: directory.file("library.sqlite"))
        try library.import(paths: [try directory.writeSeed()])
        #expect(throws: LibraryError.invalidHashPrefix("ab")) { try library.remove(hashPrefix: "ab") }
        #expect(throws: LibraryError.invalidHashPrefix("zzzz")) { try library.remove(hashPrefix: "zzzz") }
        let hash = try #require(try library.issues().first?.hash)
        let other = hash.hasPrefix("0000") ? "1111" : "0000"
        #expect(throws: LibraryError.noSuchIssue(other)) { try library.remove(hashPrefix: other) }
        #expect(try library.issues().count == 1)
    }

    @Test func ambiguousHashPrefixRemovesNothing() throws {
        let directory = try TempDirectory()
        let library = try IssueLibrary(path: directory.file("library.sqlite"))
        let seed = try IssueParser.parse(text: CorpusGenerator.seedText).issue
        try library.writing { db in
            let writer = IssueWriter(db: db)
            for hash in ["abcd1" + String(repeating: "0", count: 59), "abcd2" + String(repeating: "0", count: 59)] {
                let facts = IssueWriter.FileFacts(hash: hash, path: "/x/\(hash.prefix(5)).txt", byteCount: 1, importedAt: 0)
                _ = try writer.insert(seed, file: facts)
            }
            try writer.indexSearchText()
        }
        #expect(throws: LibraryError.ambiguousHash(prefix: "abcd", matches: 2)) { try library.remove(hashPrefix: "abcd") }
        #expect(try library.issues().count == 2)
        #expect(try library.remove(hashPrefix: "ABCD2").path == "/x/abcd2.txt")
        #expect(try library.issues().map(\.path) == ["/x/abcd1.txt"])
    }

    @Test func errorDescriptionsAreOneLineAndNameTheFile() {
        let path = "/data/library.sqlite"
        let errors: [LibraryError] = [
            .notADatabase(path: path), .notALibrary(path: path), .newerSchema(path: path, detail: "schema version 3"),
            .cannotCreateDirectory(path: "/data", reason: "permission denied"),
            .database(path: path, message: "database is locked"), .corrupt(path: path, detail: "bad span"),
            .importFailed([ImportFailure(path: "/in/a.txt", problem: .empty),
                           ImportFailure(path: "/in/b.txt", problem: .unreadable(reason: "no such file"))]),
        ]
        for error in errors {
            let text = "\(error)"
            #expect(!text.contains("\n") && !text.isEmpty)
            #expect(text.hasPrefix("/data") || text.hasPrefix("'/in/a.txt'"), "\(text)")
        }
        #expect("\(LibraryError.importFailed([ImportFailure(path: "/in/a.txt", problem: .empty)]))"
                == "'/in/a.txt' is empty: not an issue; nothing was imported")
        #expect("\(LibraryError.importFailed([ImportFailure(path: "/in/b.txt", problem: .unreadable(reason: "no such file"))]))"
                == "cannot read '/in/b.txt': no such file; nothing was imported")
    }

    @Test func defaultPathFollowsEnvironment() {
        #expect(IssueLibrary.defaultPath(environment: ["SCORECARDS_LIBRARY": "/x/lib.db", "XDG_DATA_HOME": "/d"]) == "/x/lib.db")
        #expect(IssueLibrary.defaultPath(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/scorecards/library.sqlite")
        #expect(IssueLibrary.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/scorecards/library.sqlite")
        // A relative XDG_DATA_HOME is invalid by the specification and ignored.
        #expect(IssueLibrary.defaultPath(environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]) == "/h/.local/share/scorecards/library.sqlite")
        #expect(IssueLibrary.defaultPath(environment: ["SCORECARDS_LIBRARY": "", "HOME": "/h"]) == "/h/.local/share/scorecards/library.sqlite")
    }

    @Test func openingCreatesDirectoriesAndReportsWhenItCannot() throws {
        let directory = try TempDirectory()
        let path = directory.file("a/b/c/library.sqlite")
        _ = try IssueLibrary(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        try directory.write("blocker", "a file where a directory should be")
        #expect {
            try IssueLibrary(path: directory.file("blocker/library.sqlite"))
        } throws: { error in
            guard case LibraryError.cannotCreateDirectory(let path, _) = error else { return false }
            return path.hasSuffix("/blocker") && !"\(error)".contains("\n")
        }
    }
}

/// Lenient imports: a file found in a directory that is not an issue is left out and
/// reported, the rest stored; a file named in the call is still held to the rule.
@Suite struct LenientImportTests {
    @Test func filesListedFromADirectoryAreRejectedNotFatal() throws {
        let directory = try TempDirectory()
        let folder = directory.file("issues")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try directory.writeSeed("issues/a.txt")
        _ = try directory.write("issues/b-notes.txt", "not an issue")
        let library = try IssueLibrary(path: directory.file("library.sqlite"))
        var last: ImportProgress?
        let report = try library.import(paths: [folder], strict: false) { last = $0 }
        #expect(report.added.count == 1)
        #expect(report.rejected.map(\.path) == [(folder as NSString).appendingPathComponent("b-notes.txt")])
        #expect(report.rejected.first?.message.isEmpty == false)
        #expect(last?.done == 2 && last?.total == 2)
        #expect(try library.issues().count == 1)

        // Strict (the default): the same folder fails whole, and nothing more is stored.
        let other = try IssueLibrary(path: directory.file("other.sqlite"))
        #expect(throws: LibraryError.self) { try other.import(paths: [folder]) }
        #expect(try other.isEmpty)

        // Named, the file must be an issue even when the import is lenient.
        let named = (folder as NSString).appendingPathComponent("b-notes.txt")
        #expect(throws: LibraryError.self) { try other.import(paths: [folder, named], strict: false) }
        #expect(try other.isEmpty)
    }
}
