import Foundation
import ScorecardsTestSupport
import Testing

/// `theme = "auto"` on a pseudo-terminal the test answers as a terminal would: the question
/// (OSC 11) is asked only where the dashboard is drawn, and the answer picks the theme.
@Suite struct BackgroundProbeTests {
    static let binary = CommandRunner.binary
    /// The light theme draws key-figure labels in colour 238, the dark theme in 250.
    static let lightLabel = "38;5;238m", darkLabel = "38;5;250m"

    static func dashboard(_ extra: [String] = [], environment: [String: String] = [:],
                          answers: AnsweringTerminal.Answers) throws -> AnsweringTerminal {
        var env = ["TERM": "xterm-256color"]
        for (k, v) in environment { env[k] = v }
        return try AnsweringTerminal([binary, "--ambiwidth", "1", "--no-restore"] + extra, environment: env, answers: answers)
    }

    /// Runs until the first frame is drawn, then quits; the whole output.
    static func firstFrame(_ terminal: AnsweringTerminal) -> String {
        let drawn = terminal.run(timeout: 20) { String(decoding: $0, as: UTF8.self).contains("发展成绩单") }
        #expect(drawn, "no frame: \(terminal.text.suffix(300))")
        terminal.type("q")
        #expect(terminal.finish() == 0)
        return terminal.text
    }

    @Test func aWhiteBackgroundGetsTheLightTheme() throws {
        let terminal = try Self.dashboard(answers: .init(background: "rgb:ffff/ffff/ffff"))
        let out = Self.firstFrame(terminal)
        #expect(terminal.backgroundQuestions == 1)
        #expect(out.contains(Self.lightLabel) && !out.contains(Self.darkLabel))
    }

    @Test func aBlackBackgroundGetsTheDarkTheme() throws {
        let out = Self.firstFrame(try Self.dashboard(answers: .init(background: "rgb:0000/0000/0000")))
        #expect(out.contains(Self.darkLabel) && !out.contains(Self.lightLabel))
    }

    /// No answer to OSC 11 (tmux, screen, the Linux console): COLORFGBG, then dark.
    @Test func withoutAnAnswerColorfgbgThenDark() throws {
        let light = Self.firstFrame(try Self.dashboard(environment: ["COLORFGBG": "0;15"], answers: .init(background: nil)))
        #expect(light.contains(Self.lightLabel))
        let dark = Self.firstFrame(try Self.dashboard(answers: .init(background: nil)))
        #expect(dark.contains(Self.darkLabel))
    }

    /// A terminal that answers nothing at all costs the time-out, no more, and draws.
    @Test func aSilentTerminalStillDraws() throws {
        let start = Date()
        let out = Self.firstFrame(try Self.dashboard(answers: .init(background: nil, deviceAttributes: false)))
        #expect(out.contains(Self.darkLabel))
        #expect(Date().timeIntervalSince(start) < 15)
    }

    /// --theme and the config file win, and then nothing is asked.
    @Test func anExplicitThemeWinsAndAsksNothing() throws {
        let flag = try Self.dashboard(["--theme", "dark"], answers: .init(background: "rgb:ffff/ffff/ffff"))
        #expect(Self.firstFrame(flag).contains(Self.darkLabel))
        #expect(flag.backgroundQuestions == 0)
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent("config.toml")
        try "[display]\ntheme = \"light\"\n".write(to: config, atomically: true, encoding: .utf8)
        let file = try Self.dashboard(["--config", config.path], answers: .init(background: "rgb:0000/0000/0000"))
        #expect(Self.firstFrame(file).contains(Self.lightLabel))
        #expect(file.backgroundQuestions == 0)
        try "[display]\ntheme = \"auto\"\n".write(to: config, atomically: true, encoding: .utf8)
        let auto = try Self.dashboard(["--config", config.path], answers: .init(background: "rgb:ffff/ffff/ffff"))
        #expect(Self.firstFrame(auto).contains(Self.lightLabel))
    }

    /// Never for the report, a dumb terminal, or without colour.
    @Test func noQuestionWhereNothingIsDrawnInColour() throws {
        let dumb = try Self.dashboard(environment: ["TERM": "dumb"], answers: .init(background: "rgb:ffff/ffff/ffff"))
        dumb.finish()
        #expect(dumb.text.contains("发展成绩单"))  // the report
        #expect(dumb.backgroundQuestions == 0)
        let report = try AnsweringTerminal([Self.binary, "report"], environment: ["TERM": "xterm-256color"],
                                           answers: .init(background: "rgb:ffff/ffff/ffff"))
        #expect(report.finish() == 0)
        #expect(report.backgroundQuestions == 0)
        let noColor = try Self.dashboard(environment: ["NO_COLOR": "1"], answers: .init(background: "rgb:ffff/ffff/ffff"))
        _ = Self.firstFrame(noColor)
        #expect(noColor.backgroundQuestions == 0)
        let flag = try Self.dashboard(["--no-color"], answers: .init(background: "rgb:ffff/ffff/ffff"))
        _ = Self.firstFrame(flag)
        #expect(flag.backgroundQuestions == 0)
        let unset = try AnsweringTerminal([Self.binary, "--no-restore"], environment: [:], answers: .init(background: "rgb:ffff/ffff/ffff"))
        unset.finish()
        #expect(unset.text.contains("发展成绩单") && unset.backgroundQuestions == 0)
        let dump = try AnsweringTerminal([Self.binary, "dump", "--size", "80x24"], environment: ["TERM": "xterm-256color"],
                                         answers: .init(background: "rgb:ffff/ffff/ffff"))
        #expect(dump.finish() == 0)
        #expect(dump.text.contains("发展成绩单") && dump.backgroundQuestions == 0)
    }

    @Test func doctorSaysWhatItFound() throws {
        let terminal = try AnsweringTerminal([Self.binary, "doctor"], environment: ["TERM": "xterm-256color"],
                                             answers: .init(background: "rgb:fdfd/f6f6/e3e3", cursorColumn: 3))
        #expect(terminal.finish() == 0)
        let lines = terminal.text.components(separatedBy: "\r\n")
        #expect(lines.contains { $0.hasPrefix("background: light (the terminal's background is #FDF6E3)") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("theme:      auto → light") })
        #expect(lines.contains { $0.hasPrefix("ambiguous:  2") })
        let silent = try AnsweringTerminal([Self.binary, "doctor"], environment: ["TERM": "xterm-256color", "COLORFGBG": "15;0"],
                                           answers: .init(background: nil))
        silent.finish()
        #expect(silent.text.contains("background: no answer to OSC 11 (the terminal answered only the device-attributes request); "
                                     + "dark (COLORFGBG=15;0)"))
        let mute = try AnsweringTerminal([Self.binary, "doctor"], environment: ["TERM": "xterm-256color"],
                                         answers: .init(background: nil, deviceAttributes: false))
        mute.finish()
        #expect(mute.text.contains("background: no answer to OSC 11 nor to the device-attributes request within 200 ms; dark (assumed"))
    }

    /// Without a terminal, doctor says what auto would go by.
    @Test func doctorWithoutATerminal() throws {
        let out = try CommandRunner.run(["doctor"], environment: ["TERM": "xterm-256color", "COLORFGBG": "0;15"])
        #expect(out.stdout.contains("background: OSC 11 not asked (not a terminal); light (COLORFGBG=0;15)"))
        #expect(out.stdout.contains("theme:      auto → light"))
    }

    /// A key typed while the terminal was being asked still reaches the dashboard: `q`
    /// typed at once quits it.
    @Test func keysTypedDuringTheQuestionAreNotLost() throws {
        let terminal = try Self.dashboard(answers: .init(background: "rgb:ffff/ffff/ffff", typedFirst: "q"))
        #expect(terminal.finish(timeout: 15) == 0)
        #expect(terminal.backgroundQuestions == 1)
    }

    /// tmux 3.3a does not answer OSC 11 but answers DA1 itself, so asking costs no wait there.
    @Test func inTmuxTheDeviceAttributesEndTheWait() throws {
        let tmux = try Tmux(width: 200, height: 20, command: "\(Self.binary) doctor")
        let screen = try tmux.waitFor { $0.contains { $0.hasPrefix("EXIT=") } }
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains { $0.hasPrefix("background: no answer to OSC 11 (the terminal answered only the device-attributes request)") },
                "\(screen.joined(separator: "\n"))")
    }
}
