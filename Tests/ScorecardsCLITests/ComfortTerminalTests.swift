import Foundation
import ScorecardsTestSupport
import Testing

/// Mouse, clipboard, colour and reading memory in a real terminal (tmux).
@Suite(.serialized) struct ComfortTerminalTests {
    let binary = CommandRunner.binary

    func dump(_ size: String, _ keys: String = "") throws -> [String] {
        let out = try CommandRunner.run(["dump", "--size", size, "--keys", keys, "--ambiwidth", "1"])
        var lines = out.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// An SGR mouse report (1-based cell), as an xterm sends it.
    func click(_ tmux: Tmux, x: Int, y: Int, button: Int = 0) throws {
        try tmux.type("\u{1B}[<\(button);\(x + 1);\(y + 1)M\u{1B}[<\(button);\(x + 1);\(y + 1)m")
    }

    @Test func mouseClicksDoubleClicksAndWheel() throws {
        let tmux = try Tmux(width: 100, height: 30, command: "\(binary) --ambiwidth 1 --mouse --no-restore")
        let expectedFirst = try dump("100x30")
        _ = try tmux.waitFor { $0 == expectedFirst }
        // B2's fourth headline: pane 2 starts at column 50, its list at row 2.
        try click(tmux, x: 60, y: 5)
        let selected = try dump("100x30", "2jjj")
        #expect(try tmux.waitFor { $0 == selected } == selected)
        // Wheel down in B1 moves its selection by three.
        try tmux.type("\u{1B}[<65;10;4M")
        let wheeled = try dump("100x30", "2jjj1jjj")
        #expect(try tmux.waitFor { $0 == wheeled } == wheeled)
        // A double click opens the article under the pointer (sent at once, so a loaded
        // machine cannot stretch it past the double-click interval).
        let press = "\u{1B}[<0;61;6M\u{1B}[<0;61;6m"
        try tmux.type(press + press)
        let opened = try dump("100x30", "2jjj1jjj2<CR>")
        #expect(try tmux.waitFor { $0 == opened } == opened)
        try tmux.send("q", "q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    @Test func clickOnEitherHalfOfAWideCharacterInThePrompt() throws {
        let tmux = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1 --mouse --no-restore")
        let expectedFirst = try dump("80x24")
        _ = try tmux.waitFor { $0 == expectedFirst }
        try tmux.send("/")
        try tmux.type("武昌区")
        // "/" takes column 0; 武 columns 1–2, 昌 3–4, 区 5–6. Click the right half of 昌,
        // then type: the text goes in before 昌.
        try click(tmux, x: 4, y: 23)
        try tmux.type("x")
        var screen = try tmux.waitFor { $0.last?.hasPrefix("/武x昌区") == true }
        #expect(screen.last?.hasPrefix("/武x昌区") == true, "\(screen.last ?? "")")
        try click(tmux, x: 1, y: 23)  // left half of 武
        try tmux.type("y")
        screen = try tmux.waitFor { $0.last?.hasPrefix("/y武x昌区") == true }
        #expect(screen.last?.hasPrefix("/y武x昌区") == true)
        try tmux.send("Escape", "q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    @Test func copyPutsTheHeadlineWithItsSourceOnTheClipboard() throws {
        let tmux = try Tmux(width: 100, height: 30, command: "\(binary) --ambiwidth 1 --no-restore")
        try tmux.tmux(["set-option", "-s", "set-clipboard", "on"])
        let expectedFirst = try dump("100x30")
        _ = try tmux.waitFor { $0 == expectedFirst }
        try tmux.send("j", "y")
        let said = try tmux.waitFor { $0.last?.contains("已复制到剪贴板") == true }
        #expect(said.last?.contains("已复制到剪贴板（OSC 52）：建设“新金融特区”") == true)
        #expect(said.last?.contains("set-clipboard") == true)
        let buffer = try tmux.tmux(["show-buffer"])
        #expect(buffer == "建设“新金融特区” 招商项目落地见证武昌速度\n来源：《长江日报城区读本》2018年第1期 · B1 发展成绩单 · 2018-01-15")
        // In the reader, the paragraph being read, with the same citation.
        try tmux.send("Enter", "y")
        var paragraph = buffer
        for _ in 0..<100 where paragraph == buffer {
            Thread.sleep(forTimeInterval: 0.05)
            paragraph = try tmux.tmux(["show-buffer"])
        }
        #expect(paragraph.hasPrefix("“中部首家分行选在武汉,"))
        #expect(paragraph.hasSuffix("\n来源：《长江日报城区读本》2018年第1期 · B1 发展成绩单 · 2018-01-15"))
    }

    @Test func noColorWinsOverTheTheme() throws {
        let colored = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1 --theme light --no-restore")
        let expectedFirst = try dump("80x24")
        _ = try colored.waitFor { $0 == expectedFirst }
        #expect(try colored.captureStyled().contains("38;5;"))
        let plain = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1 --theme light --no-restore",
                             environment: ["NO_COLOR": "1"])
        _ = try plain.waitFor { $0 == expectedFirst }
        let styled = try plain.captureStyled()
        #expect(!styled.contains("38;5;") && !styled.contains("48;5;"))
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"))  // reverse video still marks things
    }

    @Test func readingMemoryRestoresAndABrokenFileIsKeptAside() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["XDG_STATE_HOME": dir.path]
        let first = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1", environment: env)
        let expectedFirst = try dump("80x24")
        _ = try first.waitFor { $0 == expectedFirst }
        try first.send("3", "j", "j", "Enter", "C-d")
        let reading = try dump("80x24", "3jj<CR><C-d>")
        _ = try first.waitFor { $0 == reading }
        try first.send("q", "q")
        _ = try first.waitFor { $0.contains("EXIT=0") }
        let stateFile = dir.appendingPathComponent("scorecards/state.json")
        #expect(FileManager.default.fileExists(atPath: stateFile.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("scorecards").path)
        #expect(leftovers == ["state.json"])  // written through a temporary file, renamed over
        // The next session opens on the same pane and selection, and the article where it was left.
        let second = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1", environment: env)
        let dashboard = try dump("80x24", "3jj")
        #expect(try second.waitFor { $0 == dashboard } == dashboard)
        try second.send("Enter")
        #expect(try second.waitFor { $0 == reading } == reading)
        try second.send("q", "q")
        _ = try second.waitFor { $0.contains("EXIT=0") }
        // A damaged file: a warning, a fresh start, and the file kept, not overwritten.
        try "{not json".write(to: stateFile, atomically: true, encoding: .utf8)
        let third = try Tmux(width: 120, height: 30, command: "\(binary) --ambiwidth 1", environment: env)
        let warned = try third.waitFor { $0.last?.contains("未能读取上次的阅读位置") == true }
        #expect(warned.last?.contains("未能读取上次的阅读位置") == true)
        #expect((try? String(contentsOf: URL(fileURLWithPath: stateFile.path + ".broken"), encoding: .utf8)) == "{not json")
    }
}
