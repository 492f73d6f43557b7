import Foundation
import ScorecardsCorpus
import ScorecardsTestSupport
import Testing

/// Several issues and the library, from the command line.
@Suite struct LibraryCommandTests {
    let dir: URL
    let library: String

    init() throws {
        dir = try Fixtures.temporaryDirectory()
        library = dir.appendingPathComponent("library.sqlite").path
        _ = try CorpusGenerator.writeCorpus(count: 5, seed: 7, to: dir.appendingPathComponent("corpus").path)
    }

    func run(_ args: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(args, environment: ["SCORECARDS_LIBRARY": library])
    }

    var corpus: String { dir.appendingPathComponent("corpus").path }

    @Test func importListRemoveAndReimport() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try run(["import", corpus])
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("imported 5 issues"))
        let again = try run(["import", corpus, Fixtures.seedPath])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("imported 1 issue, skipped 5 already in the library"))
        let list = try run(["library"])
        let rows = list.stdout.split(separator: "\n")
        #expect(rows.count == 7)  // header + 6
        #expect(rows[1].contains("2018-02-12"))  // newest first: the fifth weekly issue
        #expect(rows.dropFirst().filter { $0.contains("（合成数据）") }.count == 5)
        let removed = try run(["library", "remove", "1"])
        #expect(removed.stdout == "removed issue 1\n")
        #expect(try run(["library"]).stdout.split(separator: "\n").count == 6)
        let unknown = try run(["library", "remove", "999"])
        #expect(unknown.status == 66)
        #expect(unknown.stderr.hasPrefix("scorecards: "))
    }

    /// With --strict, one file that is not an issue keeps the whole directory out.
    @Test func aBadFileImportsNothingWhenStrict() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try "not an issue at all".write(to: dir.appendingPathComponent("corpus/zz-notes.txt"), atomically: true, encoding: .utf8)
        let out = try run(["import", "--strict", corpus])
        #expect(out.status == 65)
        #expect(out.stderr.contains("zz-notes.txt"))
        #expect(out.stderr.contains("nothing was imported"))
        #expect(out.stderr.components(separatedBy: "\n").count == 2)
        #expect(try run(["library"]).stdout.hasPrefix("the library is empty"))
    }

    /// Without --strict, import follows the dashboard: files in a directory that are not
    /// issues are skipped, each named on stderr and in the summary; a file named on the
    /// command line must be an issue.
    @Test func filesInADirectoryThatAreNotIssuesAreSkippedAndNamed() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try "not an issue at all".write(to: dir.appendingPathComponent("corpus/zz-notes.txt"), atomically: true, encoding: .utf8)
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 1]).write(to: dir.appendingPathComponent("corpus/aa-binary.txt"))
        let out = try run(["import", corpus])
        #expect(out.status == 0, "\(out.stderr)")
        let warnings = out.stderr.split(separator: "\n").map(String.init)
        #expect(warnings.count == 2, "\(out.stderr)")
        #expect(warnings.contains { $0.hasPrefix("scorecards: warning: skipped '\(corpus)/zz-notes.txt': ") })
        #expect(warnings.contains { $0.hasPrefix("scorecards: warning: skipped '\(corpus)/aa-binary.txt': ") && $0.contains("NUL byte") })
        #expect(out.stdout.hasPrefix("imported 5 issues, skipped 2 not issues (aa-binary.txt, zz-notes.txt)"), "\(out.stdout)")
        #expect(try run(["library"]).stdout.split(separator: "\n").count == 6)

        let named = try run(["import", dir.appendingPathComponent("corpus/zz-notes.txt").path, Fixtures.seedPath])
        #expect(named.status == 65)
        #expect(named.stderr.contains("zz-notes.txt") && named.stderr.contains("nothing was imported"))
        #expect(try run(["library"]).stdout.split(separator: "\n").count == 6)

        let junkOnly = dir.appendingPathComponent("junk")
        try FileManager.default.createDirectory(at: junkOnly, withIntermediateDirectories: true)
        try "nothing here".write(to: junkOnly.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let none = try run(["import", junkOnly.path])
        #expect(none.status == 65)
        #expect(none.stderr.contains("skipped '\(junkOnly.path)/a.txt'") && none.stderr.contains("no issue found in"))
    }

    /// The dashboard's status line names the files it skipped (dump draws what it draws).
    @Test func theStatusLineNamesSkippedFiles() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try "stray notes".write(to: dir.appendingPathComponent("corpus/readme.txt"), atomically: true, encoding: .utf8)
        let zh = try run(["dump", corpus, "--size", "120x40", "--lang", "zh"])
        #expect(zh.stdout.split(separator: "\n").last?.contains("1个文件不是成绩单，已跳过：readme.txt") == true, "\(zh.stdout)")
        let en = try run(["dump", corpus, "--size", "120x40", "--lang", "en"])
        #expect(en.stdout.split(separator: "\n").last?.contains("1 file skipped, not an issue: readme.txt") == true, "\(en.stdout)")
    }

    @Test func theDashboardOpensTheLibraryNewestFirst() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try run(["import", corpus])
        let screen = try run(["dump", "--library", library, "--size", "120x40"])
        #expect(screen.status == 0)
        let header = screen.stdout.split(separator: "\n").first ?? ""
        #expect(header.contains("2018年第5期"))
        #expect(header.contains("（合成数据）"))
        #expect(header.contains("5/5"))
        let older = try run(["dump", "--library", library, "--size", "120x40", "--keys", "[["])
        #expect(older.stdout.split(separator: "\n").first?.contains("2018年第3期") == true)
        // Without a terminal, `scorecards` prints the newest issue's report from the library.
        let report = try run([])
        #expect(report.stdout.contains("2018年第5期"))
    }

    @Test func severalFilesAndDirectories() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try "stray notes".write(to: dir.appendingPathComponent("corpus/readme.txt"), atomically: true, encoding: .utf8)
        let out = try run(["dump", corpus, Fixtures.seedPath, "--size", "120x40", "--keys", "i"])
        #expect(out.status == 0)
        // The stray file in the directory is skipped with a warning naming it.
        #expect(out.stderr.contains("skipped '\(corpus)/readme.txt'"))
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.first?.contains("6/6") == true)
        #expect(out.stdout.contains("各期（共6期）"))
        // A file named on the command line must be an issue.
        let bad = try run(["dump", corpus, dir.appendingPathComponent("corpus/readme.txt").path, "--size", "80x24"])
        #expect(bad.status == 65)
    }

    /// In a real terminal, with more files than are loaded before the first frame: the
    /// status line names the skipped file once the rest have loaded, and stderr does after.
    @Test func theDashboardNamesSkippedFilesAfterLoadingTheRest() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let many = dir.appendingPathComponent("many").path
        _ = try CorpusGenerator.writeCorpus(count: 9, seed: 3, to: many)
        try "stray notes".write(to: URL(fileURLWithPath: many).appendingPathComponent("readme.txt"), atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 120, height: 30, command: "\(CommandRunner.binary) --lang en --ambiwidth 1 \(many) 2>\(dir.path)/err.txt")
        let screen = try tmux.waitFor { $0.last?.contains("readme.txt") == true }
        #expect(screen.last?.contains("all 9 issues loaded") == true, "\(screen.joined(separator: "\n"))")
        #expect(screen.last?.contains("1 file skipped, not an issue: readme.txt") == true, "\(screen.joined(separator: "\n"))")
        try tmux.send("q")
        _ = try tmux.waitFor { $0.contains { $0.hasPrefix("EXIT=") } }
        let stderr = try String(contentsOfFile: "\(dir.path)/err.txt", encoding: .utf8)
        #expect(stderr.contains("scorecards: warning: skipped '\(many)/readme.txt'"), "\(stderr)")
    }

    @Test func searchThroughTheLibraryIndex() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try run(["import", corpus])
        for query in ["武", "武昌", "地区生产总值", "GDP"] {
            let out = try run(["search", query])
            #expect(out.status == 0, "\(query)")
            let first = out.stdout.split(separator: "\n").first.map { $0.split(separator: "\t", omittingEmptySubsequences: false) } ?? []
            #expect(first.count == 4, "\(query): \(first)")
        }
        let none = try run(["search", "宇宙飞船"])
        #expect(none.status == 1)
        #expect(none.stderr.isEmpty)
        // Pinyin and initials work in the library as in a file.
        let pinyin = try run(["search", "wuchang"])
        #expect(pinyin.status == 0)
        #expect(pinyin.stderr.isEmpty)
        let json = try run(["search", "昙华林", "--json"])
        let hits = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect((hits?.first?["issue"] as? [String: Any])?["number"] as? String != nil)
    }

    /// The queries that once found hits in a file and none in the library, and the pinyin
    /// rules: `scorecards search Q FILE` and `scorecards search Q` on a library holding only
    /// that file print the same lines (the library adds the issue's date and number) and
    /// exit with the same status.
    @Test func aFileAndTheLibraryAnswerAlike() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try run(["import", Fixtures.seedPath]).status == 0)
        for query in ["ＧＤＰ", "經濟", "党建引领多元善治", "gongshui", "diqu", "zzzz", "jj", "武chang", "2017"] {
            let file = try run(["search", query, Fixtures.seedPath])
            let stored = try run(["search", query])
            #expect(stored.status == file.status, "\(query)")
            let lines = stored.stdout.split(separator: "\n").map { line in
                line.split(separator: "\t", omittingEmptySubsequences: false).dropLast().joined(separator: "\t")
            }
            #expect(lines == file.stdout.split(separator: "\n").map(String.init), "\(query)")
            #expect(stored.stdout.split(separator: "\n").allSatisfy { $0.hasSuffix("\t2018-01-15 2018年第1期") }, "\(query)")
        }
        let counts = try ["ＧＤＰ", "經濟", "党建引领多元善治", "gongshui"].map { try run(["search", $0]).stdout.split(separator: "\n").count }
        #expect(counts == [2, 16, 1, 3])
        #expect(try run(["search", "zzzz"]).status == 1)
        let json = try run(["search", "diqu", "--json"])
        let fileJSON = try run(["search", "diqu", Fixtures.seedPath, "--json"])
        let hits = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        let fileHits = try JSONSerialization.jsonObject(with: Data(fileJSON.stdout.utf8)) as? [[String: Any]]
        #expect(hits?.map { $0["snippet"] as? String } == fileHits?.map { $0["snippet"] as? String })
        #expect((hits?.first?["snippet"] as? String)?.contains("地区") == true)
    }

    @Test func aNonLibraryFileIsLeftAlone() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("notes.sqlite")
        try "just text".write(to: text, atomically: true, encoding: .utf8)
        let out = try CommandRunner.run(["import", corpus, "--library", text.path])
        #expect(out.status == 65)
        #expect(out.stderr.contains("not an SQLite database"))
        #expect(try String(contentsOf: text, encoding: .utf8) == "just text")
    }
}
