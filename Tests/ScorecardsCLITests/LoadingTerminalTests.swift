import Foundation
import ScorecardsCorpus
import ScorecardsTestSupport
import Testing

/// Loading many issues in a real terminal (tmux): the newest is drawn at once, the header
/// says how far the rest have got, and an error met behind the first frame ends the program
/// the way it would have before it, once the place is saved and the terminal restored.
@Suite(.serialized) struct LoadingTerminalTests {
    let binary = CommandRunner.binary

    func dump(_ arguments: [String]) throws -> [String] {
        let out = try CommandRunner.run(["dump"] + arguments + ["--ambiwidth", "1"])
        var lines = out.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test func theHeaderShowsProgressUntilEveryIssueIsLoaded() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("corpus").path
        _ = try CorpusGenerator.writeCorpus(count: 30, seed: 9, to: corpus)
        try "stray notes".write(toFile: corpus + "/readme.txt", atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 120, height: 40, command: "\(binary) --ambiwidth 1 --no-restore \(corpus)")
        let loading = try tmux.waitFor { $0.first?.contains("载入 ") == true }
        #expect(loading.first?.range(of: "载入 [0-9]+/31", options: .regularExpression) != nil, "\(loading.first ?? "")")
        let loaded = try tmux.waitFor(timeout: 60) { $0.last?.contains("已载入全部30期") == true }
        #expect(loaded.first?.contains("[ ] 30/30") == true, "\(loaded.first ?? "")")
        #expect(loaded.first?.contains("载入 ") == false)
        #expect(loaded.last?.contains("已载入全部30期；1个文件不是成绩单，已跳过") == true, "\(loaded.last ?? "")")
        // Everything but the status bar's note is what `dump` draws with every issue loaded.
        let expected = try dump([corpus, "--size", "120x40"])
        #expect(Array(loaded.dropLast()) == Array(expected.dropLast()))
        try tmux.send("[", "[")
        let older = try dump([corpus, "--size", "120x40", "--keys", "[["])
        #expect(try tmux.waitFor { $0 == older } == older)
        try tmux.send("q")
        // Once the terminal is restored, the skipped file is named on stderr.
        let after = try tmux.waitFor { $0.contains("EXIT=0") }
        #expect(after.contains("EXIT=0"))
        #expect(after.contains { $0.hasPrefix("scorecards: warning: skipped '\(corpus)/readme.txt': ") })
    }

    @Test func aNamedFileThatIsNoIssueEndsTheDashboardWithItsError() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try CorpusGenerator.writeCorpus(count: 9, seed: 9, to: directory.appendingPathComponent("corpus").path)
        let notes = directory.appendingPathComponent("notes.txt").path
        try "\n\u{3000}\u{3000}今天天气很好。\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let state = directory.appendingPathComponent("state")
        let tmux = try Tmux(width: 160, height: 30, command: "\(binary) --ambiwidth 1 \(files.joined(separator: " ")) \(notes)",
                            environment: ["XDG_STATE_HOME": state.path])
        let screen = try tmux.waitFor(timeout: 60) { $0.contains { $0.hasPrefix("EXIT=") } && $0.contains { $0.contains("icanon") } }
        #expect(screen.contains("EXIT=65"), "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.hasPrefix("scorecards: '\(notes)' is not an issue: no scorecard heading") })
        #expect(screen.contains { $0.contains("icanon") && !$0.contains("-icanon") && !$0.contains("-echo") })
        // The session's place was saved before the program ended.
        #expect(FileManager.default.fileExists(atPath: state.appendingPathComponent("scorecards/state.json").path))
    }
}
