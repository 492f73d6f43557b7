import ArgumentParser
import CTerminalSupport
import Glibc
import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTerminal
import ScorecardsText

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default command).")

    @Argument(help: "Issue files or directories of them. Default: the library when it holds issues, else the bundled issue.")
    var paths: [String] = []

    @Option(help: "The library file. Default: $SCORECARDS_LIBRARY or $XDG_DATA_HOME/scorecards/library.sqlite.")
    var library: String?

    @OptionGroup var display: DisplayOptions

    @Option(help: "Colour theme: auto (dark or light, from the terminal's background), dark, light or mono.")
    var theme: String?

    @Flag(help: "Draw without colour (also when NO_COLOR is set).")
    var noColor = false

    @Flag(help: "Take mouse clicks and the wheel (the terminal's own text selection then needs Shift).")
    var mouse = false

    @Option(help: "Colour of a rise: red (红涨绿跌) or green.")
    var riseColor: RiseColor?

    @Flag(help: "Do not reopen where the last session left off, and do not remember this one.")
    var noRestore = false

    func validate() throws {
        if let theme, !Theme.choices.contains(theme) {
            throw ValidationError("unknown theme '\(theme)'; themes are \(Theme.choices.joined(separator: ", "))")
        }
    }

    func run() throws {
        let configuration = try display.configuration()
        let keyMap = try KeyMapSource.keyMap(configuration)
        let plan = try StagedLoad.plan(paths, library: library)
        let loaded = plan.first
        let newest = loaded.issues[loaded.issues.count - 1]
        if isatty(1) == 0 {
            report(loaded.warnings)
            let settings = display.settings(ambiguous: display.fixedAmbiguous(configuration), configuration: configuration)
            Stdout.write(Report.text(newest, settings: settings))
            return
        }
        let locale = TerminalLocale.setUp()
        let ambiguous = resolveAmbiguous(display.ambiwidthChoice(configuration))
        let settings = display.settings(ambiguous: ambiguous, configuration: configuration, utf8: locale.isUTF8)
        let colorOff = noColor || configuration.color == false || Environment.get("NO_COLOR").map { !$0.isEmpty } == true
        let chosen = ThemeChoice.resolve(flag: theme, configured: configuration.theme, colorOff: colorOff,
                                         term: Environment.get("TERM"), colorfgbg: Environment.get("COLORFGBG"),
                                         probe: ThemeChoice.askTerminal)
        let terminal: NcursesTerminal
        do {
            var options = NcursesTerminal.Options(
                theme: chosen.theme.riseColor(riseColor ?? configuration.riseColor ?? .red), noColor: colorOff,
                mouse: mouse || configuration.mouse == true, ambiguousWide: ambiguous == .wide,
                ambiguousRanges: DisplayWidth.ambiguousRangePairs)
            options.typedAhead = chosen.typedAhead
            terminal = try NcursesTerminal(options: options)
        } catch {
            switch error {
            case .noTerminalType:
                Stderr.line("scorecards: \(error.message); printing the report instead")
                report(loaded.warnings)
                Stdout.write(Report.text(newest, settings: settings))
                return
            case .unknownTerminal, .notATerminal:
                throw Failure.exit(error.message, status: 69)
            }
        }
        var state = AppState(issues: loaded.issues, size: terminal.size, settings: settings, keyMap: keyMap,
                             warnings: loaded.warnings)
        if !loaded.skipped.isEmpty { state.message = settings.text(.filesSkipped(loaded.skipped.count)) }
        let remember = !noRestore && configuration.restore != false
        var memory = ReadingMemory()
        if remember {
            switch StateStore.load() {
            case .success(let stored):
                memory = stored
                memory.restore(into: &state)
            case .failure(let problem):
                state.message = settings.text(.stateIgnored(problem.description))
            }
        }
        // SCORECARDS_TEST_TRAP=1 turns F12 into a deliberate crash, so the tests can check that
        // a trap restores the terminal before the runtime prints its backtrace.
        let trap = Environment.get("SCORECARDS_TEST_TRAP") == "1"
        let background = Background()
        let loading = plan.start(into: background)
        Runner.run(&state, on: terminal, background: background) { event in
            if trap, event == .key(.function(12)) { fatalError("deliberate crash (SCORECARDS_TEST_TRAP)") }
        }
        terminal.close()
        for line in loading.skipped { Stderr.line("scorecards: warning: \(line)") }
        if remember {
            memory.record(state)
            if let problem = StateStore.save(memory) { Stderr.line("scorecards: \(problem)") }
        }
    }

    private func report(_ warnings: [ParseWarning]) {
        for warning in warnings { Stderr.line("scorecards: warning: \(warning.message)") }
    }

    /// `auto` asks the terminal, as Vim does for 'ambiwidth'; no answer means narrow, which
    /// is what glibc and ncursesw assume.
    private func resolveAmbiguous(_ choice: AmbiwidthChoice) -> AmbiguousWidth {
        switch choice {
        case .one: return .narrow
        case .two: return .wide
        case .auto:
            let fd = isatty(0) == 1 ? Int32(0) : open("/dev/tty", O_RDWR)
            defer { if fd > 0 { close(fd) } }
            return sct_probe_ambiguous_width(fd, 1, 200) == 2 ? .wide : .narrow
        }
    }
}
