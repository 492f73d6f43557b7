import Foundation
import ScorecardsCorpus
import ScorecardsTestSupport
import Testing

/// export, metrics and report read an issue of the library like the dashboard: with no file
/// and a non-empty library, every command reads the same issue, the newest, and says which
/// on stderr; `--issue ID|DATE` picks another.
@Suite struct LibraryChoiceTests {
    let dir: URL
    let library: String

    init() throws {
        dir = try Fixtures.temporaryDirectory()
        library = dir.appendingPathComponent("library.sqlite").path
        _ = try CorpusGenerator.writeCorpus(count: 3, seed: 11, to: dir.appendingPathComponent("corpus").path)
    }

    func run(_ args: [String], environment: [String: String] = [:]) throws -> CommandRunner.Output {
        try CommandRunner.run(args, environment: ["SCORECARDS_LIBRARY": library].merging(environment) { $1 })
    }

    func title(ofExport json: String) throws -> String? {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["issue"] as? [String: Any])?["number"] as? String
    }

    @Test func everyCommandReadsTheNewestIssueAndSaysWhich() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try run(["import", dir.appendingPathComponent("corpus").path]).status == 0)
        let note = "scorecards: reading issue 3 (2018-01-29, 2018年第3期) from the library \(library)\n"
        let export = try run(["export"])
        #expect(export.status == 0)
        #expect(export.stderr == note)
        #expect(try title(ofExport: export.stdout) == "2018年第3期")
        let metrics = try run(["metrics", "--csv"])
        #expect(metrics.status == 0 && metrics.stderr == note)
        let report = try run(["report"])
        #expect(report.status == 0 && report.stderr == note)
        #expect(report.stdout.contains("2018年第3期"))
        // `scorecards | cat`: the dashboard's report without a terminal, the same issue.
        let plain = try run([])
        #expect(plain.stdout == report.stdout)
        #expect(plain.stderr == note)
        // Given explicitly, the library is the same.
        #expect(try run(["report", "--library", library]).stdout == report.stdout)
        // dump, without a file or --library, always draws the bundled issue.
        let dump = try run(["dump", "--size", "120x40"])
        #expect(dump.stderr.isEmpty)
        #expect(dump.stdout.split(separator: "\n").first?.contains("2018年第1期") == true)
        // A file given is read instead, and nothing is said of the library.
        let file = try run(["export", Fixtures.seedPath])
        #expect(file.stderr.isEmpty)
        #expect(try title(ofExport: file.stdout) == "2018年第1期")
    }

    @Test func anIssueByIdOrDate() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try run(["import", dir.appendingPathComponent("corpus").path]).status == 0)
        let byID = try run(["export", "--issue", "1"])
        #expect(byID.status == 0)
        #expect(try title(ofExport: byID.stdout) == "2018年第1期")
        #expect(byID.stderr.contains("reading issue 1 (2018-01-15, 2018年第1期)"))
        let byDate = try run(["report", "--issue", "2018-01-22"])
        #expect(byDate.status == 0 && byDate.stdout.contains("2018年第2期"))
        let metrics = try run(["metrics", "--json", "--issue", "2"])
        #expect(metrics.status == 0 && metrics.stderr.contains("reading issue 2 "))
        // Search reads one issue the same way (pinyin works there, not in the index).
        let search = try run(["search", "wuchang", "--issue", "2018-01-15"])
        #expect(search.status == 0 && !search.stdout.isEmpty)

        let missing = try run(["export", "--issue", "9"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "scorecards: no issue 9 in the library \(library); `scorecards library` lists them\n")
        let noDate = try run(["export", "--issue", "2019-01-01"])
        #expect(noDate.status == 66 && noDate.stderr.contains("no issue dated 2019-01-01"))
        let bad = try run(["export", "--issue", "latest"])
        #expect(bad.status == 64 && bad.stderr.components(separatedBy: "\n").count == 2)
        let both = try run(["export", Fixtures.seedPath, "--issue", "1"])
        #expect(both.status == 64 && both.stderr.contains("not both"))
    }

    /// Two issues of one date: every command, the dashboard included, takes the later import.
    @Test func issuesOfOneDateResolveTheSameEverywhere() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = try String(contentsOfFile: Fixtures.seedPath, encoding: .utf8)
        let first = dir.appendingPathComponent("first.txt"), second = dir.appendingPathComponent("second.txt")
        try seed.write(to: first, atomically: true, encoding: .utf8)
        try seed.replacingOccurrences(of: "大成武昌", with: "大成武昌（重印）").write(to: second, atomically: true, encoding: .utf8)
        #expect(try run(["import", first.path]).status == 0)
        #expect(try run(["import", second.path]).status == 0)
        let report = try run(["report"])
        #expect(report.stderr.contains("reading issue 2 (2018-01-15"))
        #expect(report.stdout.contains("重印"))
        #expect(try run([]).stdout == report.stdout)
        // The dashboard draws the same issue first.
        let screen = try run(["dump", "--library", library, "--size", "120x40"])
        #expect(screen.stdout.split(separator: "\n").first?.contains("重印") == true)
        let ambiguous = try run(["report", "--issue", "2018-01-15"])
        #expect(ambiguous.status == 66)
        #expect(ambiguous.stderr.contains("2 issues are dated 2018-01-15 in the library (ids 2, 1)"))
    }

    /// An empty library: the bundled issue, with nothing said; --issue has nothing to pick.
    @Test func anEmptyLibraryMeansTheBundledIssue() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try run(["export"])
        #expect(out.status == 0 && out.stderr.isEmpty)
        #expect(out.stdout == (try String(contentsOfFile: Fixtures.bundledJSONPath, encoding: .utf8)))
        let pick = try run(["export", "--issue", "1"])
        #expect(pick.status == 66 && pick.stderr.contains("is empty"))
        let named = try run(["export", "--library", dir.appendingPathComponent("none.sqlite").path])
        #expect(named.status == 66 && named.stderr.contains("no such file"))
        // A library that exists but holds nothing is the same as none.
        #expect(try run(["import", Fixtures.seedPath]).status == 0)
        #expect(try run(["library", "remove", "1"]).status == 0)
        let emptied = try run(["report", "--library", library])
        #expect(emptied.status == 0 && emptied.stderr.isEmpty)
        #expect(emptied.stdout == (try run(["report", Fixtures.seedPath])).stdout)
    }
}
