import Foundation
import GRDB
import ScorecardsCorpus
@testable import ScorecardsLibrary
import ScorecardsTestSupport
import Testing

/// The rules for opening several issues hold at any number of them, through `dump`, the
/// report (`scorecards` without a terminal) and the dashboard alike: files in a directory
/// that are not issues are skipped with a warning; a file named on the command line must be
/// an issue; a library that cannot be read is an error, never skipped.
@Suite struct LoadingTests {
    /// One issue, one more than the eight that used to switch loading paths, and enough
    /// to need two batches from the library (a debug build parses some 30 issues a second,
    /// so a thousand are left to the benchmarks).
    static let counts = [1, 9, 30]

    /// A directory of `count` generated issues and the files named one by one.
    static func corpus(_ count: Int) throws -> (directory: URL, files: [String]) {
        let directory = try Fixtures.temporaryDirectory()
        let files = try CorpusGenerator.writeCorpus(count: count, seed: 5, to: directory.appendingPathComponent("corpus").path)
        return (directory, files)
    }

    static let notAnIssue = "\n\u{3000}\u{3000}今天天气很好。\n"

    /// The generator dates issue k (from 1) k−1 weeks after 2018-01-15.
    static func date(ofIssue index: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: 2018, month: 1, day: 15))!
        let date = calendar.date(byAdding: .day, value: 7 * (index - 1), to: start)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    func firstLine(_ out: CommandRunner.Output) -> String {
        String(out.stdout.split(separator: "\n").first ?? "")
    }

    @Test(arguments: counts)
    func aDirectorySkipsWhatIsNotAnIssueWithAWarning(_ count: Int) throws {
        let (directory, _) = try Self.corpus(count)
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("corpus").path
        try Self.notAnIssue.write(toFile: corpus + "/readme.txt", atomically: true, encoding: .utf8)
        let out = try CommandRunner.run(["dump", corpus, "--size", "120x40", "--keys", "i"])
        #expect(out.status == 0, "\(count): \(out.stderr)")
        #expect(out.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }
            == ["scorecards: warning: skipped '\(corpus)/readme.txt': line 2, column 3: not an issue: no scorecard heading (such as 发展成绩单:) found"])
        #expect(count == 1 || firstLine(out).contains("[ ] \(count)/\(count)"), "\(count): \(firstLine(out))")
        #expect(count == 1 || out.stdout.contains("各期（共\(count)期）"))
        // Without a terminal the same rules hold, and the newest issue is printed.
        let report = try CommandRunner.run([corpus])
        #expect(report.status == 0)
        #expect(report.stderr == out.stderr)
        #expect(report.stdout.contains(Self.date(ofIssue: count)), "\(count)")
    }

    /// Named among `count` issues, a file that is not one stops the program with the same
    /// error, lines and status as when it is named alone, wherever it sorts.
    @Test(arguments: counts)
    func aNamedFileMustBeAnIssue(_ count: Int) throws {
        let (directory, files) = try Self.corpus(count)
        defer { try? FileManager.default.removeItem(at: directory) }
        let notes = directory.appendingPathComponent("notes.txt").path
        try Self.notAnIssue.write(toFile: notes, atomically: true, encoding: .utf8)
        let alone = try CommandRunner.run(["export", notes])
        #expect(alone.status == 65)
        #expect(alone.stderr.hasPrefix("scorecards: '\(notes)' is not an issue: "))
        for arguments in [["dump", "--size", "80x24"] + files + [notes], [notes] + files] {
            let out = try CommandRunner.run(arguments)
            #expect(out.status == 65, "\(count) \(arguments.first ?? "")")
            #expect(out.stderr == alone.stderr, "\(count)")
            #expect(out.stdout.isEmpty)
        }
    }

    @Test(arguments: counts)
    func aMissingNamedFileIsAnErrorBeforeAnythingIsRead(_ count: Int) throws {
        let (directory, files) = try Self.corpus(count)
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing.txt").path
        for arguments in [["dump", "--size", "80x24"] + files + [missing], files + [missing]] {
            let out = try CommandRunner.run(arguments)
            #expect(out.status == 66)
            #expect(out.stderr == "scorecards: cannot read '\(missing)': no such file\n")
        }
    }

    /// Every stored issue is read, in batches; one that cannot be rebuilt is an error in
    /// `dump` and the dashboard.
    @Test func aLibraryLoadsWholeOrFailsWithTheReason() throws {
        let count = 30
        let (directory, _) = try Self.corpus(count)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("library.sqlite").path
        let imported = try CommandRunner.run(["import", directory.appendingPathComponent("corpus").path, "--library", path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let whole = try CommandRunner.run(["dump", "--library", path, "--size", "120x40", "--keys", "i"])
        #expect(whole.status == 0)
        #expect(firstLine(whole).contains("[ ] \(count)/\(count)"))
        #expect(whole.stdout.contains("各期（共\(count)期）"))
        // Damage the oldest issue, which only the loading behind the first frame reads.
        let library = try IssueLibrary(path: path)
        try library.pool.write { db in
            try db.execute(sql: "UPDATE article SET kind = 'bogus' WHERE issue_id = (SELECT id FROM issue ORDER BY date LIMIT 1)")
        }
        try library.close()
        let expected = "scorecards: \(path): damaged library: unknown article kind “bogus”\n"
        let dumped = try CommandRunner.run(["dump", "--library", path, "--size", "80x24"])
        #expect(dumped.status == 65)
        #expect(dumped.stderr == expected)
        // The report without a terminal reads only the issue it prints, as `report` does.
        let reported = try CommandRunner.run(["--library", path])
        #expect(reported.status == 0)
        #expect(reported.stderr.hasPrefix("scorecards: reading issue \(count) "))
        // The dashboard draws the newest, meets the damage behind the first frame, and ends
        // with the same error once the terminal is restored.
        let tmux = try Tmux(width: 200, height: 30, command: "\(CommandRunner.binary) --ambiwidth 1 --no-restore --library \(path)")
        let screen = try tmux.waitFor(timeout: 60) { $0.contains { $0.hasPrefix("EXIT=") } }
        #expect(screen.contains("EXIT=65"), "\(screen.joined(separator: "\n"))")
        #expect(screen.contains(String(expected.dropLast())))
    }
}
