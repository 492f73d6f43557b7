import Foundation
import Glibc
import ScorecardsTestSupport
import Testing

/// The real binary in a real terminal (tmux): what the terminal shows must be exactly what
/// `scorecards dump` prints for the same keys and size.
@Suite(.serialized) struct TerminalTests {
    func dump(_ size: String, _ keys: String) throws -> [String] {
        let out = try CommandRunner.run(["dump", "--size", size, "--keys", keys, "--ambiwidth", "1"])
        var lines = out.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    func expectScreen(_ tmux: Tmux, equals expected: [String], _ note: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try tmux.waitFor { $0 == expected }
        #expect(screen == expected, "\(note):\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    @Test func dashboardSessionMatchesDump() throws {
        let tmux = try Tmux(width: 100, height: 30, command: "\(CommandRunner.binary) --ambiwidth 1")
        try expectScreen(tmux, equals: try dump("100x30", ""), "first frame")
        try tmux.send("j", "j")
        try expectScreen(tmux, equals: try dump("100x30", "jj"), "moved down")
        try tmux.send("Tab", "l")
        try expectScreen(tmux, equals: try dump("100x30", "jj<Tab>l"), "focus moved")
        try tmux.send("Enter")
        try expectScreen(tmux, equals: try dump("100x30", "jj<Tab>l<CR>"), "article opened")
        try tmux.send("C-d", "j")
        try expectScreen(tmux, equals: try dump("100x30", "jj<Tab>l<CR><C-d>j"), "scrolled")
        try tmux.send("Escape")
        try expectScreen(tmux, equals: try dump("100x30", "jj<Tab>l<CR><C-d>j<Esc>"), "back")
        try tmux.resize(width: 80, height: 24)
        try expectScreen(tmux, equals: try dump("100x30", "jj<Tab>l<CR><C-d>j<Esc><Resize:80x24>"), "resized")
        try tmux.send("?")
        try expectScreen(tmux, equals: try dump("100x30", "jj<Tab>l<CR><C-d>j<Esc><Resize:80x24>?"), "help")
        try tmux.send("Escape", "q")
        let after = try tmux.waitFor { $0.contains("EXIT=0") && $0.contains { $0.contains("icanon") } }
        #expect(after.contains("EXIT=0"))
        // The shell gets a cooked, echoing terminal back.
        #expect(after.contains { $0.contains("icanon") && $0.contains("echo") && !$0.contains("-icanon") && !$0.contains("-echo") })
    }

    @Test func searchTypedInChineseOpensTheHit() throws {
        let tmux = try Tmux(width: 100, height: 30, command: "\(CommandRunner.binary) --ambiwidth 1")
        try expectScreen(tmux, equals: try dump("100x30", ""), "first frame")
        try tmux.send("/")
        // send-keys -l delivers the characters as an input method commits them.
        try tmux.type("供水")
        try expectScreen(tmux, equals: try dump("100x30", "/供水"), "incremental results")
        try tmux.send("BSpace")
        try expectScreen(tmux, equals: try dump("100x30", "/供水<BS>"), "backspace over a wide character")
        try tmux.type("水")
        try tmux.send("Enter", "Enter")
        try expectScreen(tmux, equals: try dump("100x30", "/供水<CR><CR>"), "hit opened")
        // The current match stands out: the terminal shows attributes on it.
        let styled = try tmux.captureStyled()
        let line = styled.components(separatedBy: "\n").first { $0.contains("供") && $0.contains("\u{1B}[") } ?? ""
        #expect(line.contains("\u{1B}["), "no attributes around the match")
        try tmux.send("q", "q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    @Test func figuresTableOpensTheSourceWithTheFigureHighlighted() throws {
        let tmux = try Tmux(width: 100, height: 30, command: "\(CommandRunner.binary) --ambiwidth 1")
        try expectScreen(tmux, equals: try dump("100x30", ""), "first frame")
        try tmux.send("m", "s")
        try expectScreen(tmux, equals: try dump("100x30", "ms"), "figures by change")
        try tmux.send("Enter")
        try expectScreen(tmux, equals: try dump("100x30", "ms<CR>"), "source opened")
        // The figure itself (招商引资 686.4亿元, the largest rise) is highlighted on screen.
        let styled = try tmux.captureStyled().components(separatedBy: "\n")
        #expect(styled.contains { $0.contains("686.4") && $0.range(of: "\u{1B}\\[[0-9;]*m686\\.4", options: .regularExpression) != nil })
        // Back from the article: the table as it was left, sorted by change.
        try tmux.send("Escape")
        try expectScreen(tmux, equals: try dump("100x30", "ms"), "back to the table")
        try tmux.send("q", "q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    /// The key-figure strip in a real terminal: a larger rise draws a lower year before (+8.5%
    /// against +51.3%), the derived point keeps the sparkline's colour rather than a dim grey
    /// that all but vanished, and estimates carry their 预.
    @Test func keyFigureSparklinesInformInARealTerminal() throws {
        let tmux = try Tmux(width: 120, height: 40, command: "\(CommandRunner.binary) --ambiwidth 1")
        let screen = try tmux.waitFor { $0.contains { $0.contains("招商引资实际到位资金") } }
        let gdp = screen.first { $0.contains("地区生产总值") } ?? ""
        let investment = screen.first { $0.contains("招商引资实际到位资金") } ?? ""
        #expect(gdp.contains("预1060亿元") && gdp.contains("↑+8.5% ⣿█"), "\(gdp)")
        #expect(investment.contains("预686.4亿元") && investment.contains("↑+51.3% ⣤█"), "\(investment)")
        let styled = try tmux.captureStyled().components(separatedBy: "\n")
        let line = styled.first { $0.contains("地区生产总值") } ?? ""
        let derived = line.range(of: "\u{1B}\\[[0-9;]*m⣿", options: .regularExpression).map { String(line[$0]) } ?? ""
        #expect(derived.contains("38;5;110"), "the derived point is not in the sparkline's colour: \(derived)")
        let parameters = derived.dropFirst(2).dropLast(2).split(separator: ";")
        #expect(!parameters.contains("2"), "the derived point is dimmed: \(derived)")
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    @Test func ctrlCQuitsAndRestores() throws {
        let tmux = try Tmux(width: 80, height: 24, command: "\(CommandRunner.binary) --ambiwidth 1")
        try expectScreen(tmux, equals: try dump("80x24", ""), "first frame")
        try tmux.send("Enter", "C-c")
        // The shell prints the terminal modes just after the exit status: wait for both.
        let after = try tmux.waitFor { $0.contains("EXIT=0") && $0.contains { $0.contains("icanon") } }
        #expect(after.contains("EXIT=0"))
        #expect(after.contains { $0.contains("icanon") && !$0.contains("-icanon") })
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = try Tmux(width: 80, height: 24, command: "\(CommandRunner.binary) --ambiwidth 1 --lang zh")
        try expectScreen(tmux, equals: try dump("80x24", ""), "first frame")
        #expect(kill(try tmux.programPID(), SIGTERM) == 0)
        let after = try tmux.waitFor { $0.contains { $0.hasPrefix("EXIT=") } && $0.contains { $0.contains("icanon") } }
        #expect(after.contains("EXIT=143"))
        #expect(after.contains { $0.contains("icanon") && !$0.contains("-icanon") && !$0.contains("-echo") })
    }
}
