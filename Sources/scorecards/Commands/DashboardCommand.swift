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
        Runner.run(&state, on: terminal)
        terminal.close()
    }

    /// `auto` asks the terminal, as Vim does for 'ambiwidth'; no answer means narrow, which
    /// is what glibc and ncursesw assume.
    private func resolveAmbiguous() -> AmbiguousWidth {
        switch display.ambiwidth {
        case .one: return .narrow
        case .two: return .wide
        case .auto: return sct_probe_ambiguous_width(0, 1, 200) == 2 ? .wide : .narrow
        }
    }
}
