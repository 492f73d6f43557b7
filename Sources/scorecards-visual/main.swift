import Foundation
import Glibc
import ScorecardsApp
import ScorecardsBundle
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTestSupport
import ScorecardsText

// `make test-visual`: the dashboard in a real xterm under Xvfb, at 80×24 and 120×40, on a
// white and on a black background, with and without -cjk_width, through the dashboard, a
// search, the reader, the figures table and the help. Each screenshot is checked cell by
// cell against the screen the program drew (CellCheck) and kept as a PNG to look at.
// Without the tools (Debian: xvfb xterm xdotool imagemagick fonts-noto-cjk fonts-dejavu-core)
// it says what is missing and stops, passing: `make test-visual` installs them where it can.

/// One line of output, written at once so progress shows while the test runs.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

struct Setup {
    var columns: Int, rows: Int
    /// xterm's -bg and -fg, and what they look like.
    var background: String, foreground: String
    var terminal: Backdrop
    var cjkWidth: Bool

    var name: String { "\(columns)x\(rows)-\(background)-\(cjkWidth ? "cjk" : "narrow")" }
}

struct Step {
    var name: String
    /// The same keys in `dump --keys` notation, to replay on the state machine.
    var keys: String
    var type: (XTermWindow) throws -> Void
}

let steps = [
    Step(name: "dashboard", keys: "") { _ in },
    // Pinyin, so no input method is needed to type the query.
    Step(name: "search", keys: "/shequ") { try $0.type("/shequ") },
    // B1's second article: its text has 中科武大·智谷.
    Step(name: "reader", keys: "<Esc>1jj<CR>") { try $0.press("Escape"); try $0.type("1jj"); try $0.press("Return") },
    Step(name: "figures", keys: "<Esc>mjj") { try $0.press("Escape"); try $0.type("mjj") },
    Step(name: "help", keys: "<Esc>?") { try $0.press("Escape"); try $0.type("?") },
]

var setups: [Setup] = []
for size in [(80, 24), (120, 40)] {
    for (bg, fg, backdrop) in [("white", "black", Backdrop.light), ("black", "gray90", Backdrop.dark)] {
        for cjk in [false, true] {
            setups.append(Setup(columns: size.0, rows: size.1, background: bg, foreground: fg, terminal: backdrop, cjkWidth: cjk))
        }
    }
}

/// What is missing for the test to run here, if anything.
func missing() -> [String] {
    var out: [String] = []
    for tool in ["Xvfb", "xterm", "xdotool", "import", "convert", "fc-list"] {
        if (try? Spawn.run(["sh", "-c", "command -v \(tool)"]).status) != 0 { out.append(tool) }
    }
    if let fonts = try? Spawn.run(["fc-list", ":", "family"]).output {
        for family in ["DejaVu Sans Mono", "Noto Sans Mono CJK SC"] where !fonts.contains(family) { out.append("font " + family) }
    }
    return out
}

let lacking = missing()
if !lacking.isEmpty {
    say("visual test skipped: \(lacking.joined(separator: ", ")) not installed "
          + "(Debian: apt-get install xvfb xterm xdotool imagemagick fonts-noto-cjk fonts-dejavu-core)")
    exit(0)
}

let binary = CommandRunner.binary
guard access(binary, X_OK) == 0 else {
    say("visual: no binary at \(binary); build it first (make test-visual does)")
    exit(1)
}
let outDirectory = ProcessInfo.processInfo.environment["VISUAL_OUT"].flatMap { $0.isEmpty ? nil : $0 }
    ?? Fixtures.root.appendingPathComponent(".build/visual").path
try FileManager.default.createDirectory(atPath: outDirectory, withIntermediateDirectories: true)
let scratch = try Fixtures.temporaryDirectory()
defer { try? FileManager.default.removeItem(at: scratch) }

let issue = try IssueImport.issue(fromJSON: BundledIssue.exportJSON)
let display = try VirtualDisplay(width: 1600, height: 1000)
// Interrupted or timed out, the X server goes too.
nonisolated(unsafe) var serverPid: pid_t = display.server.pid
for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
    signal(signalNumber) { received in
        if serverPid > 0 { kill(serverPid, SIGTERM) }
        signal(received, SIG_DFL)
        raise(received)
    }
}
let started = Date()
say("visual: Xvfb on \(display.name); screenshots in \(outDirectory)")

var passed = 0, failed = 0
var lowestText = 21.0, lowestMark = 21.0, measured = 0, afterInterpunct = 0
let fonts = ["-fa", "DejaVu Sans Mono:antialias=false", "-fd", "Noto Sans Mono CJK SC:antialias=false", "-fs", "12"]
func ratio(_ value: Double) -> String { "\(Double(Int(value * 100)) / 100):1" }

/// The B1 strip's sparklines on real pixels: the derived point of +8.5% (地区生产总值) and of
/// +51.3% (招商引资实际到位资金) must look different (one puts clearly more ink on screen than
/// the other), and each derived point must be visible yet lighter than the stated point.
func sparklineProblems(_ shot: Screenshot, grid: Grid, theme: Theme, terminal: Backdrop) -> [CellCheck.Problem] {
    var problems: [CellCheck.Problem] = []
    var derivedInk: [String: Double] = [:]
    let lines = grid.lines()
    // The second label's prefix: under ambiguous width 2 the wider marks cut it at 120 columns.
    for label in ["地区生产总值", "招商引资实际到位"] {
        guard let y = lines.firstIndex(where: { $0.contains(label) }),
              let derived = (0..<grid.width).first(where: { grid[$0, y].role == .sparklineDerived }),
              let stated = (derived..<grid.width).first(where: { grid[$0, y].role == .sparkline }) else {
            problems.append(CellCheck.Problem(x: 0, y: 0, text: label, role: .sparkline, message: "no sparkline on screen"))
            continue
        }
        let ink = CellCheck.ink(shot, grid: grid, x: derived, y: y, theme: theme, terminal: terminal)
        let statedInk = CellCheck.ink(shot, grid: grid, x: stated, y: y, theme: theme, terminal: terminal)
        derivedInk[label] = ink
        say("visual: sparkline \(label): derived point '\(grid[derived, y].text)' \(Int(ink * 100))% ink, stated point '\(grid[stated, y].text)' \(Int(statedInk * 100))%")
        if ink < 0.05 || ink >= statedInk {
            problems.append(CellCheck.Problem(x: derived, y: y, text: grid[derived, y].text, role: .sparklineDerived,
                                              message: "derived point has \(Int(ink * 100))% ink beside \(Int(statedInk * 100))% for the stated point"))
        }
    }
    // The smaller change leaves the earlier level nearer the latest one, so more ink.
    if let gdp = derivedInk["地区生产总值"], let investment = derivedInk["招商引资实际到位"], gdp < investment * 1.5 {
        problems.append(CellCheck.Problem(x: 0, y: 0, text: "", role: .sparklineDerived,
                                          message: "+8.5% and +51.3% look alike: \(Int(gdp * 100))% and \(Int(investment * 100))% ink"))
    }
    return problems
}

for setup in setups {
    var stepsDone = 0
    do {
        // The program is left to find out for itself: the background by OSC 11, the width
        // of ambiguous characters by the cursor-position probe.
        var options = fonts + ["-bg", setup.background, "-fg", setup.foreground]
        if setup.cjkWidth { options.append("-cjk_width") }
        let command = ["env", "-u", "NO_COLOR", "-u", "COLORFGBG", "-u", "TMUX", "-u", "STY", "LANG=C.UTF-8", "TERM=xterm-256color",
                       "XDG_CONFIG_HOME=\(scratch.path)/config", "XDG_STATE_HOME=\(scratch.path)/state",
                       "XDG_DATA_HOME=\(scratch.path)/data", "SCORECARDS_LIBRARY=\(scratch.path)/library.sqlite",
                       binary, "--no-restore", "--lang", "zh"]
        let xterm = try XTermWindow(columns: setup.columns, rows: setup.rows, options: options, command: command,
                                    log: "\(outDirectory)/\(setup.name).log")
        let ambiguous: AmbiguousWidth = setup.cjkWidth ? .wide : .narrow
        let settings = Settings(ambiguous: ambiguous, glyphs: .forTerminal(utf8: true, ambiguous: ambiguous), language: .zh)
        var state = AppState(issue: issue, size: Size(width: setup.columns, height: setup.rows), settings: settings)
        let theme = Theme.forBackground(setup.terminal.background.isLight ? .light : .dark)
        for (n, step) in steps.enumerated() {
            _ = Update.run(try KeyNotation.parse(step.keys), on: &state)
            let expected = Render.screen(state)
            try step.type(xterm)
            let raw = scratch.appendingPathComponent("shot.rgb").path
            var result = CellCheck.Result()
            var lastShot: Screenshot?
            result.problems = [CellCheck.Problem(x: 0, y: 0, text: "", role: .normal, message: "no screenshot")]
            // The screen settles after the keys: look again until it matches or 10 s pass.
            let deadline = Date().addingTimeInterval(10)
            repeat {
                usleep(100_000)
                if let shot = try xterm.capture(raw: raw) {
                    result = CellCheck.check(shot, grid: expected, theme: theme, terminal: setup.terminal)
                    lastShot = shot
                }
            } while !result.problems.isEmpty && Date() < deadline
            let png = "\(outDirectory)/\(setup.name)-\(n + 1)-\(step.name).png"
            try Spawn.run(["convert", "-size", "\(xterm.width)x\(xterm.height)", "-depth", "8", "rgb:" + raw, png], captureOutput: false)
            stepsDone += 1
            if step.name == "dashboard", result.problems.isEmpty, let shot = lastShot {
                result.problems += sparklineProblems(shot, grid: expected, theme: theme, terminal: setup.terminal)
            }
            if result.problems.isEmpty {
                passed += 1
                lowestText = min(lowestText, result.lowestText)
                lowestMark = min(lowestMark, result.lowestMark)
                measured += result.measured
                afterInterpunct += result.afterInterpunct
                say("visual: \(setup.name) \(step.name): ok, \(result.measured) glyph cells, lowest contrast "
                    + "\(ratio(result.lowestText)) for text, \(ratio(result.lowestMark)) for marks")
            } else {
                failed += 1
                say("visual: \(setup.name) \(step.name): FAILED, \(result.problems.count) cells (\(png)):")
                for problem in result.problems.prefix(12) { say("  \(problem)") }
            }
        }
    } catch {
        say("visual: \(setup.name): FAILED, \(error)")
        failed += steps.count - stepsDone
    }
}

// Two controls, so the checks are seen to catch on real pixels what they are there for.
// 1. The dark theme forced onto a white terminal: its labels and titles fall short.
// 2. xterm -cjk_width drawing a Latin-1 `·` in a coloured bar: it leaves the cell after it
//    unpainted, which is why the program draws `・` there instead.
@MainActor func control(_ name: String, options: [String], command: [String], expected: Grid, theme: Theme, terminal: Backdrop,
             caught: (CellCheck.Result) -> Bool) {
    do {
        let xterm = try XTermWindow(columns: expected.width, rows: expected.height, options: options, command: command,
                                    log: "\(outDirectory)/control-\(name).log")
        let raw = scratch.appendingPathComponent("control.rgb").path
        var result = CellCheck.Result()
        let deadline = Date().addingTimeInterval(10)
        repeat {
            usleep(200_000)
            if let shot = try xterm.capture(raw: raw) { result = CellCheck.check(shot, grid: expected, theme: theme, terminal: terminal) }
        } while !caught(result) && Date() < deadline
        let png = "\(outDirectory)/control-\(name).png"
        try Spawn.run(["convert", "-size", "\(xterm.width)x\(xterm.height)", "-depth", "8", "rgb:" + raw, png], captureOutput: false)
        if caught(result) {
            passed += 1
            say("visual: control \(name): caught as it should be, \(result.problems.count) cells, e.g. \(result.problems[0])")
        } else {
            failed += 1
            say("visual: control \(name): FAILED, the check did not catch it (\(png))")
        }
    } catch {
        failed += 1
        say("visual: control \(name): \(error)")
    }
}

do {
    var state = AppState(issue: issue, size: Size(width: 80, height: 24), settings: Settings(language: .zh))
    _ = Update.run([], on: &state)
    let command = ["env", "-u", "NO_COLOR", "LANG=C.UTF-8", "TERM=xterm-256color", "XDG_CONFIG_HOME=\(scratch.path)/config",
                   "XDG_STATE_HOME=\(scratch.path)/state", "XDG_DATA_HOME=\(scratch.path)/data",
                   "SCORECARDS_LIBRARY=\(scratch.path)/library.sqlite", binary, "--no-restore", "--lang", "zh", "--theme", "dark",
                   "--ambiwidth", "1"]
    control("dark-theme-on-white", options: fonts + ["-bg", "white", "-fg", "black"], command: command,
            expected: Render.screen(state), theme: .dark, terminal: .light) { result in
        result.problems.contains { $0.message.hasPrefix("contrast") && $0.role == .figureLabel }
    }
    var bar = Grid(Size(width: 20, height: 3), ambiguous: .wide)
    bar.fill(Rect(x: 0, y: 0, width: 8, height: 1), role: .header)
    bar.put(" a · b ", x: 0, y: 0, role: .header)
    let header = Theme.dark.style(for: .header, depth: .xterm256)
    let sgr = "1;38;5;\(header.foreground?.index ?? 0);48;5;\(header.background?.index ?? 0)"
    control("latin1-interpunct-in-cjk-xterm", options: fonts + ["-bg", "black", "-fg", "gray90", "-cjk_width"],
            command: ["sh", "-c", "printf '\\033[?25l\\033[H\\033[\(sgr)m a \u{B7} b \\033[0m'; sleep 60"],
            expected: bar, theme: .dark, terminal: .dark) { result in
        result.problems.contains { $0.y == 0 && (3...5).contains($0.x) }
    }
}

let seconds = Int(Date().timeIntervalSince(started).rounded())
say("visual: \(measured) glyph cells measured, lowest contrast \(ratio(lowestText)) for text (4.5:1 needed), "
    + "\(ratio(lowestMark)) for marks (3:1 needed); \(afterInterpunct) blank cells after an interpunct checked; \(seconds) s")
say("\(passed) passed, \(failed) failed")
// exit() runs no deinitialisers: the X server is ended here, by its pid.
display.server.stop()
exit(failed == 0 ? 0 : 1)
