import Foundation
import ScorecardsCorpus
import ScorecardsTestSupport
import Testing

/// An article far longer than any real one, in a file the program accepts (one article of
/// 20,000 paragraphs, 5.9 MB), in a real terminal (tmux): every key is drawn at once while the work it asked
/// for runs beside the loop, the status bar says so, and Ctrl-C or `q` quits within a second.
// One case at a time: two debug builds laying out 5.9 MB side by side starve each other.
@Suite(.serialized) struct LongArticleTerminalTests {
    /// Ctrl-C quits from the reader; `q` goes back to the dashboard and quits from there.
    @Test(arguments: [["C-c"], ["q", "q"]])
    func quitsWithinASecondWhileWorkIsUnderWay(_ quit: [String]) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("long.txt").path
        try LongArticle.text().write(toFile: file, atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 100, height: 30, command: "\(CommandRunner.binary) --ambiwidth 1 --no-restore \(file)")
        // The dashboard, once the file is read (seconds for a debug build).
        let dashboard = try tmux.waitFor(timeout: 180) { $0.contains { $0.contains("一篇两万段的长文") } }
        #expect(dashboard.contains { $0.contains("一篇两万段的长文") }, "\(dashboard.joined(separator: "\n"))")
        let pid = try tmux.programPID()

        // The first page at once; the line count comes later, the status bar saying so.
        try tmux.send("Enter")
        let opened = try tmux.waitFor(timeout: 5) { $0.last?.contains("排版") == true }
        #expect(opened.last?.contains("第8段/共20000段") == true, "\(opened.last ?? "")")
        try tmux.send("G")
        let bottom = try tmux.waitFor(timeout: 5) { $0.last?.contains("第20000段/共20000段") == true }
        #expect(bottom.last?.contains("排版") == true, "\(bottom.last ?? "")")

        // A find: the prompt says it is searching (the first search builds the index);
        // Ctrl-C there cancels the prompt.
        try tmux.send("/")
        try tmux.type("武")
        let finding = try tmux.waitFor(timeout: 5) { $0.last?.contains("搜索中") == true }
        #expect(finding.last?.hasPrefix("/武") == true, "\(finding.last ?? "")")
        try tmux.send("C-c")
        // The status bar shows the place again once the busy marks leave it room.
        let cancelled = try tmux.waitFor(timeout: 30) { $0.last?.hasPrefix("/") == false && $0.last?.contains("第20000段") == true }
        #expect(cancelled.last?.contains("第20000段/共20000段") == true, "\(cancelled.last ?? "")")

        // Work is still under way, and the program ends within a second.
        #expect(try tmux.capture().last?.contains("排版") == true)
        let start = Date()
        try tmux.tmux(["send-keys", "-t", tmux.session] + quit)
        while !Tmux.hasEnded(pid), Date().timeIntervalSince(start) < 10 { Thread.sleep(forTimeInterval: 0.01) }
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 1, "\(quit) took \(elapsed) s")
        let after = try tmux.waitFor { $0.contains("EXIT=0") && $0.contains { $0.contains("icanon") } }
        #expect(after.contains("EXIT=0"), "\(after.joined(separator: "\n"))")
        #expect(after.contains { $0.contains("icanon") && !$0.contains("-icanon") && !$0.contains("-echo") })
    }
}
