import Foundation
import ScorecardsCore
import ScorecardsCorpus
import Testing
@testable import ScorecardsLibrary

@Suite struct AtomicityTests {
    struct Stop: Error {}

    /// A library holding the seed, closed, with the bytes of its file.
    private func seededLibrary(in directory: TempDirectory) throws -> (path: String, bytes: [UInt8]) {
        let path = directory.file("library.sqlite")
        let library = try IssueLibrary(path: path)
        try library.import(paths: [try directory.writeSeed()])
        try library.close()
        return (path, try #require(Fixtures.bytes(path)))
    }

    @Test func oneCorruptFileAbortsTheWholeImport() throws {
        let directory = try TempDirectory()
        let (path, before) = try seededLibrary(in: directory)
        let corpus = try Fixtures.writeCorpus(Array(Fixtures.corpus20.prefix(6)), in: directory, folder: "mixed")
        // Between good files, in name order: one that is not an issue, one that is not text.
        try directory.write("mixed/issue-0003a.txt", "这不是一期报纸。\n只有两行文字。\n")
        try Data([0x00, 0xFF, 0x00, 0x41]).write(to: URL(fileURLWithPath: directory.file("mixed/issue-0005a.txt")))

        let library = try IssueLibrary(path: path)
        let counts = try library.rowCounts()
        let entries = try library.issues()
        var error: LibraryError?
        do {
            try library.import(paths: [corpus])
        } catch let failure as LibraryError {
            error = failure
        }
        guard case .importFailed(let failures) = try #require(error) else {
            Issue.record("expected importFailed, got \(String(describing: error))")
            return
        }
        #expect(failures.map { ($0.path as NSString).lastPathComponent } == ["issue-0003a.txt", "issue-0005a.txt"])
        #expect(failures[0].message.contains("no scorecard heading"))
        #expect(failures[1].message.hasPrefix("not a text file"))
        let description = "\(try #require(error))"
        #expect(description.contains("issue-0003a.txt") && description.contains("nothing was imported") && !description.contains("\n"))

        #expect(try library.rowCounts() == counts)
        #expect(try library.issues() == entries)
        #expect(try library.integrityCheck() == "ok")
        try library.close()
        #expect(Fixtures.bytes(path) == before, "the database file is byte for byte as before")
    }

    @Test func missingPathFailsBeforeAnythingIsRead() throws {
        let directory = try TempDirectory()
        let library = try IssueLibrary(path: directory.file("library.sqlite"))
        var calls = 0
        #expect(throws: LibraryError.importFailed([ImportFailure(path: "/no/such/issue.txt", problem: .unreadable(reason: "no such file"))])) {
            try library.import(paths: [try directory.writeSeed(), "/no/such/issue.txt"]) { _ in calls += 1 }
        }
        #expect(calls == 0)
        #expect(try library.isEmpty)
    }

    @Test func errorThrownMidwayRollsBack() throws {
        let directory = try TempDirectory()
        let (path, before) = try seededLibrary(in: directory)
        let corpus = try Fixtures.writeCorpus(Fixtures.corpus20, in: directory, folder: "corpus")
        let library = try IssueLibrary(path: path)
        let counts = try library.rowCounts()
        var seen = 0
        #expect(throws: Stop.self) {
            try library.import(paths: [corpus]) { progress in
                seen = progress.done
                if progress.done == 17 { throw Stop() }
            }
        }
        #expect(seen == 17, "the callback ran past the first batch, so rows had been written")
        #expect(try library.rowCounts() == counts)
        #expect(try library.search("武昌区", limit: 1000).allSatisfy { $0.issueDate == "2018-01-15" })
        try library.close()
        #expect(Fixtures.bytes(path) == before)
    }

    /// A child process (this test binary, re-run on `killedImportChild`) imports a corpus
    /// with a tiny page cache, so SQLite spills uncommitted pages to the WAL, and stops
    /// midway; it is then SIGKILLed. Reopened, the library must hold what it held before.
    @Test(.timeLimit(.minutes(10))) func killedImportLeavesLibraryAsBefore() throws {
        let directory = try TempDirectory()
        let (path, _) = try seededLibrary(in: directory)
        let before = try IssueLibrary(path: path)
        let counts = try before.rowCounts()
        let entries = try before.issues()
        try before.close()
        let corpus = try Fixtures.writeCorpus(Fixtures.corpus20, in: directory, folder: "corpus")
        let marker = directory.file("child-is-midway")

        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--testing-library", "swift-testing", "--filter", "killedImportChild"]
        child.environment = ProcessInfo.processInfo.environment.merging(
            [KillChild.variable: [path, corpus, marker].joined(separator: "\n")]) { $1 }
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        defer { if child.isRunning { kill(child.processIdentifier, SIGKILL) } }

        let deadline = Date().addingTimeInterval(300)
        while !FileManager.default.fileExists(atPath: marker), child.isRunning, Date() < deadline {
            usleep(50_000)
        }
        try #require(FileManager.default.fileExists(atPath: marker), "the child never reached the middle of its import")
        let walBytes = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(walBytes > 0, "uncommitted pages were in the WAL when the child was killed")
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)

        let after = try IssueLibrary(path: path)
        #expect(try after.integrityCheck() == "ok")
        #expect(try after.rowCounts() == counts)
        #expect(try after.issues() == entries)
        // And it still works: the same import now succeeds.
        #expect(try after.import(paths: [corpus]).added.count == 20)
    }

    /// Runs only inside the child process started by `killedImportLeavesLibraryAsBefore`.
    @Test func killedImportChild() throws {
        guard let setting = ProcessInfo.processInfo.environment[KillChild.variable] else { return }
        let parts = setting.split(separator: "\n").map(String.init)
        try #require(parts.count == 3)
        let library = try IssueLibrary(path: parts[0], cacheKiB: 64)
        try library.import(paths: [parts[1]]) { progress in
            guard progress.done == 18 else { return }
            _ = FileManager.default.createFile(atPath: parts[2], contents: Data())
            // Hold the transaction open until the parent kills this process.
            while true { sleep(60) }
        }
    }

    enum KillChild {
        static let variable = "SCORECARDS_LIBRARY_TEST_KILL_CHILD"
    }
}
