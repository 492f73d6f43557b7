import ArgumentParser
import CTerminalSupport
import Glibc
import ScorecardsApp
import ScorecardsGrid
import ScorecardsTerminal
import ScorecardsText

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default command).")

    @Argument(help: "An issue file. Default: the bundled issue.")
    var path: String?

    @OptionGroup var display: DisplayOptions

    @Flag(help: "Draw without colour (also when NO_COLOR is set).")
    var noColor = false

    func run() throws {
        let loaded = try IssueSource.load(path)
        if isatty(1) == 0 {
            IssueSource.report(loaded)
            Stdout.write(Report.text(loaded.issue, settings: display.settings(ambiguous: display.fixedAmbiguous)))
            return
        }
        let locale = TerminalLocale.setUp()
        let ambiguous = resolveAmbiguous()
        let settings = display.settings(ambiguous: ambiguous, utf8: locale.isUTF8)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(options: .init(
                theme: .dark, noColor: noColor || Environment.get("NO_COLOR").map { !$0.isEmpty } == true,
                mouse: false, ambiguousWide: ambiguous == .wide, ambiguousRanges: DisplayWidth.ambiguousRangePairs))
        } catch {
            switch error {
            case .noTerminalType:
                Stderr.line("scorecards: \(error.message); printing the report instead")
                IssueSource.report(loaded)
                Stdout.write(Report.text(loaded.issue, settings: settings))
                return
            case .unknownTerminal, .notATerminal:
                throw Failure.exit(error.message, status: 69)
            }
        }
        var state = AppState(issue: loaded.issue, size: terminal.size, settings: settings,
                             warnings: loaded.warnings.map(\.message))
        // SCORECARDS_TEST_TRAP=1 turns F12 into a deliberate crash, so the tests can check that
        // a trap restores the terminal before the runtime prints its backtrace.
        let trap = Environment.get("SCORECARDS_TEST_TRAP") == "1"
        Runner.run(&state, on: terminal) { event in
            if trap, event == .key(.function(12)) { fatalError("deliberate crash (SCORECARDS_TEST_TRAP)") }
        }
        terminal.close()
    }

    /// `auto` asks the terminal, as Vim does for 'ambiwidth'; no answer means narrow, which
    /// is what glibc and ncursesw assume.
    private func resolveAmbiguous() -> AmbiguousWidth {
        switch display.ambiwidth {
        case .one: return .narrow
        case .two: return .wide
        case .auto:
            let fd = isatty(0) == 1 ? Int32(0) : open("/dev/tty", O_RDWR)
            defer { if fd > 0 { close(fd) } }
            return sct_probe_ambiguous_width(fd, 1, 200) == 2 ? .wide : .narrow
        }
    }
}
