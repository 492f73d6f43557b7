import Foundation
import ScorecardsTestSupport
import Testing

/// Hostile terminals, signals and crashes, in a real terminal (tmux).
@Suite(.serialized) struct HardeningTerminalTests {
    let binary = CommandRunner.binary

    func dump(_ size: String, _ keys: String = "", path: String? = nil) throws -> [String] {
        let out = try CommandRunner.run(["dump"] + (path.map { [$0] } ?? []) + ["--size", size, "--keys", keys, "--ambiwidth", "1"])
        var lines = out.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    func restored(_ screen: [String]) -> Bool {
        screen.contains { $0.contains("icanon") && $0.contains("echo") && !$0.contains("-icanon") && !$0.contains("-echo") }
    }

    @Test(arguments: ["unset", "dumb"])
    func noUsableTermPrintsTheReport(_ term: String) throws {
        let prefix = term == "unset" ? "env -u TERM" : "env TERM=dumb"
        let tmux = try Tmux(width: 100, height: 40, command: "\(prefix) \(binary)")
        let screen = try tmux.waitFor { $0.contains { $0.hasPrefix("EXIT=") } }
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains { $0.contains("printing the report instead") })
        #expect(screen.contains { $0.contains("B4 稳定成绩单") })
    }

    @Test func unknownTermIsAClearError() throws {
        let tmux = try Tmux(width: 100, height: 20, command: "env TERM=no-such-terminal-xyz \(binary)")
        let screen = try tmux.waitFor { $0.contains { $0.hasPrefix("EXIT=") } }
        #expect(screen.contains("EXIT=69"))
        #expect(screen.contains { $0.hasPrefix("scorecards: unknown terminal type 'no-such-terminal-xyz'") })
        #expect(!screen.contains { $0.contains("Error opening terminal") })
    }

    /// The Linux console and a monochrome terminal draw the same screen (colour aside).
    @Test(arguments: ["linux", "vt100", "xterm-mono"])
    func plainTerminals(_ term: String) throws {
        let tmux = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1 --no-restore", environment: ["TERM": term])
        let expected = try dump("80x24", "jj")
        try tmux.send("j", "j")
        #expect(try tmux.waitFor { $0 == expected } == expected, "TERM=\(term)")
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    @Test func cLocaleStillShowsChinese() throws {
        let tmux = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1", environment: ["LANG": "C"])
        let expected = try dump("80x24")
        let screen = try tmux.waitFor { $0 == expected }
        #expect(screen == expected)
    }

    @Test func standardInputFromAPipe() throws {
        // Inside sh -c, so the pinned environment reaches the program and not just echo.
        let tmux = try Tmux(width: 80, height: 24, command: "sh -c 'echo piped | \(binary) --ambiwidth 1'")
        let expected = try dump("80x24")
        #expect(try tmux.waitFor { $0 == expected } == expected)
        try tmux.send("j")
        let moved = try dump("80x24", "j")
        #expect(try tmux.waitFor { $0 == moved } == moved)
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    @Test func resizeStorm() throws {
        let tmux = try Tmux(width: 100, height: 30, command: "\(binary) --ambiwidth 1")
        let expectedFirst = try dump("100x30")
        _ = try tmux.waitFor { $0 == expectedFirst }
        try tmux.send("3", "j", "j")
        for i in 0..<150 {
            try tmux.resize(width: 20 + (i * 37) % 230, height: 5 + (i * 13) % 60)
        }
        try tmux.resize(width: 101, height: 31)
        let expected = try dump("101x31", "3jj")
        let screen = try tmux.waitFor { $0 == expected }
        #expect(screen == expected)
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    @Test func tinyAndHugeSizes() throws {
        let tmux = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1")
        let expectedFirst = try dump("80x24")
        _ = try tmux.waitFor { $0 == expectedFirst }
        for (w, h) in [(1, 1), (2, 2), (39, 9), (500, 200), (40, 10)] {
            try tmux.resize(width: w, height: h)
            let expected = try dump("\(w)x\(h)")
            let screen = try tmux.waitFor { $0 == expected }
            #expect(screen == expected, "\(w)x\(h)")
        }
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    @Test(arguments: [("INT", 130), ("TERM", 143), ("HUP", 129), ("QUIT", 131)])
    func signalsRestoreTheTerminal(_ signal: String, _ status: Int) throws {
        let marker = "--lang=zh --ambiwidth 1 --punct fullwidth"  // makes the command line unique to this test
        let tmux = try Tmux(width: 80, height: 24, command: "\(binary) \(marker)")
        let expectedFirst = try dump("80x24")
        _ = try tmux.waitFor { $0 == expectedFirst }
        // Anchored, so only the program matches, not the shell or tmux whose command lines contain it.
        try Spawn.run(["pkill", "-\(signal)", "-f", "^\(binary) \(marker)$"], captureOutput: false)
        let screen = try tmux.waitFor { $0.contains { $0.hasPrefix("EXIT=") } && restored($0) }
        #expect(screen.contains("EXIT=\(status)"))
        #expect(restored(screen))
    }

    @Test func suspendAndResume() throws {
        let tmux = try Tmux(width: 80, height: 24, interactiveShellWith: [:])
        _ = try tmux.waitFor { $0.contains { $0.hasPrefix("$") } }
        try tmux.type("\(binary) --ambiwidth 1")
        try tmux.send("Enter")
        let expectedFirst = try dump("80x24")
        _ = try tmux.waitFor { $0 == expectedFirst }
        try tmux.send("j", "C-z")
        let stopped = try tmux.waitFor { $0.contains { $0.contains("Stopped") } }
        #expect(stopped.contains { $0.contains("Stopped") }, "\(stopped.joined(separator: "\n"))")
        try tmux.type("stty -a | grep -o icanon; fg")
        try tmux.send("Enter")
        let expected = try dump("80x24", "j")
        let back = try tmux.waitFor { $0 == expected }
        #expect(back == expected)
        try tmux.send("q")
        // Typed before the dashboard has gone, the echo would reach it as keys, not the shell.
        _ = try tmux.waitFor { !$0.contains { $0.contains("? 帮助") } }
        try tmux.type("echo EXIT=$?")
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    @Test func crashRestoresTheTerminalThenShowsTheBacktrace() throws {
        let tmux = try Tmux(width: 120, height: 50, command: "\(binary) --ambiwidth 1 2>/tmp/scorecards-crash-\(getpid()).log",
                            environment: ["SCORECARDS_TEST_TRAP": "1",
                                          // The runtime's backtracer would otherwise wait for a key.
                                          "SWIFT_BACKTRACE": "enable=yes,interactive=no,output-to=stderr"])
        let expectedFirst = try dump("120x50")
        _ = try tmux.waitFor { $0 == expectedFirst }
        try tmux.send("F12")
        let screen = try tmux.waitFor(timeout: 20) { $0.contains { $0.hasPrefix("EXIT=") } && restored($0) }
        #expect(screen.contains("EXIT=132") || screen.contains("EXIT=133"))
        #expect(restored(screen))
        let log = (try? String(contentsOfFile: "/tmp/scorecards-crash-\(getpid()).log", encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: "/tmp/scorecards-crash-\(getpid()).log")
        #expect(log.contains("deliberate crash"))
        #expect(log.contains("Backtrac") || log.contains("crashed"))
    }

    @Test func contentCannotDriveTheTerminal() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("hostile.txt")
        let text = "发展成绩单:\n标题\u{1B}[5A\u{9B}2J\n正文\u{1B}]0;pwned\u{07}\u{1B}[2J,光标\u{1B}[10;10H移动\u{202E}反向\u{08}退格。\n第二篇\n正文二,还有\u{1B}]2;again\u{1B}\\标题。\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1 \(file.path)")
        let before = try tmux.title()
        for keys in ["", "<CR>", "<Esc>j<CR>", "<Esc>m"] {
            let expected = try dump("80x24", "<CR><Esc>j<Esc>" == keys ? "" : keys, path: file.path)
            switch keys {
            case "<CR>": try tmux.send("Enter")
            case "<Esc>j<CR>": try tmux.send("Escape", "j", "Enter")
            case "<Esc>m": try tmux.send("Escape", "Escape", "m")
            default: break
            }
            let screen = try tmux.waitFor { $0 == expected }
            #expect(screen == expected, "\(keys)")
        }
        #expect(try tmux.title() == before)
        #expect(!(try tmux.title()).contains("pwned"))
    }
}
