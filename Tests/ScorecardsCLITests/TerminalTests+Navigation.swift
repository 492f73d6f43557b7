import Foundation
import ScorecardsCorpus
import ScorecardsTestSupport
import Testing

/// Moving between views in a real terminal (tmux): the screen must be what `dump` prints
/// for the same keys, and Ctrl-C in a prompt must cancel it there too, not quit. (With the
/// other terminal tests, which run one at a time.)
extension TerminalTests {
    func dump(_ size: String, _ keys: String, paths: [String]) throws -> [String] {
        try CommandRunner.run(["dump"] + paths + ["--size", size, "--keys", keys, "--ambiwidth", "1"]).stdout
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func ctrlCInAPromptCancelsItAndTheProgramGoesOn() throws {
        let tmux = try Tmux(width: 100, height: 30, command: "\(CommandRunner.binary) --ambiwidth 1")
        try expectScreen(tmux, equals: try dump("100x30", ""), "first frame")
        try tmux.send("/")
        try tmux.type("武昌")
        try expectScreen(tmux, equals: try dump("100x30", "/武昌"), "typed")
        try tmux.send("C-c")
        try expectScreen(tmux, equals: try dump("100x30", "/武昌<C-c>"), "search prompt cancelled")
        try tmux.send("m", "/")
        try tmux.type("亿元")
        try tmux.send("C-c")
        try expectScreen(tmux, equals: try dump("100x30", "/武昌<C-c>m/亿元<C-c>"), "filter prompt cancelled")
        #expect(!(try tmux.capture()).contains { $0.hasPrefix("EXIT=") })
        // Outside a prompt Ctrl-C still quits.
        try tmux.send("C-c")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    @Test func theListOfIssuesOpensTheIssueItMarks() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus").path
        _ = try CorpusGenerator.writeCorpus(count: 5, seed: 7, to: corpus)
        let tmux = try Tmux(width: 100, height: 30, command: "\(CommandRunner.binary) --ambiwidth 1 \(corpus)")
        // Every issue loaded (the header counts them) before the keys go in.
        try tmux.waitFor { $0.first?.contains("5/5") == true }
        try tmux.send("i", "j", "j")
        let marked = try dump("100x30", "ijj", paths: [corpus])
        #expect(marked.contains { $0.contains("│▸") && $0.contains("2018年第3期") })
        try expectScreen(tmux, equals: marked, "the list with the third issue marked")
        try tmux.send("Enter")
        let opened = try dump("100x30", "ijj<CR>", paths: [corpus])
        #expect(opened.first?.contains("2018年第3期") == true)
        try expectScreen(tmux, equals: opened, "the marked issue shown")
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }
}
