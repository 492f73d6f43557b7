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

    @Option(help: "Colour theme: dark, light or mono.")
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
        if let theme, Theme.named(theme) == nil {
            throw ValidationError("unknown theme '\(theme)'; themes are \(Theme.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        let configuration = try display.configuration()
        let keyMap = try KeyMapSource.keyMap(configuration)
        let plan = try StagedLoad.plan(paths, library: library)
        let first: StagedLoad.First
        do { first = try plan.first() } catch { throw Failure.report(error) }
        if isatty(1) == 0 {
            let settings = display.settings(ambiguous: display.fixedAmbiguous(configuration), configuration: configuration)
            try printReport(plan, first, settings: settings)
            return
        }
        let locale = TerminalLocale.setUp()
        let ambiguous = resolveAmbiguous(display.ambiwidthChoice(configuration))
        let settings = display.settings(ambiguous: ambiguous, configuration: configuration, utf8: locale.isUTF8)
        let chosenTheme = Theme.named(theme ?? configuration.theme ?? "dark") ?? .dark
        let colorOff = noColor || configuration.color == false || Environment.get("NO_COLOR").map { !$0.isEmpty } == true
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(options: .init(
                theme: chosenTheme.riseColor(riseColor ?? configuration.riseColor ?? .red), noColor: colorOff,
                mouse: mouse || configuration.mouse == true, ambiguousWide: ambiguous == .wide))
        } catch {
            switch error {
            case .noTerminalType:
                Stderr.line("scorecards: \(error.message); printing the report instead")
                try printReport(plan, first, settings: settings)
                return
            case .unknownTerminal, .notATerminal:
                throw Failure.exit(error.message, status: 69)
            }
        }
        var state = AppState(issues: [first.issue], size: terminal.size, settings: settings, keyMap: keyMap,
                             warnings: first.warnings)
        if let progress = plan.progress(after: first) { _ = Update.apply(.loadProgress(progress), to: &state) }
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
        // a trap restores the terminal before the runtime prints its backtrace, and F11 into a
        // loop stuck for a minute, so they can check that a second signal still ends it.
        let trap = Environment.get("SCORECARDS_TEST_TRAP") == "1"
        let background = Background(wake: NcursesTerminal.wake)
        // Searches, finds and measuring long articles run beside the loop; results come back
        // through `background`, like the issues still being read.
        let worker = Worker(into: background)
        plan.start(after: first, into: background)
        // What the loading reported, as the loop received it.
        var skipped: [String] = []
        var failure: LoadFailure?
        // From here SIGINT, SIGTERM and SIGHUP end the loop like `q`, so the place is saved.
        terminal.listenForSignals()
        Runner.run(&state, on: terminal, background: background, worker: worker) { event in
            if trap, event == .key(.function(12)) { fatalError("deliberate crash (SCORECARDS_TEST_TRAP)") }
            if trap, event == .key(.function(11)) {
                var left: UInt32 = 60
                while left > 0 { left = sleep(left) }  // a signal cuts a sleep short
            }
            switch event {
            case .issuesLoaded(_, let lines): skipped = lines
            case .loadFailed(let stopped): failure = stopped
            default: break
            }
        }
        background.cancel()
        terminal.close()
        for line in skipped { Stderr.line(line) }
        if remember {
            memory.record(state)
            if let problem = StateStore.save(memory) { Stderr.line("scorecards: \(problem)") }
        }
        if let signal = terminal.endingSignal { NcursesTerminal.end(bySignal: signal) }
        if let failure { throw Failure.report(failure) }
    }

    /// Without a terminal: the plain report of the newest issue, once every issue has been
    /// read by the same rules as for the dashboard.
    private func printReport(_ plan: StagedLoad, _ first: StagedLoad.First, settings: Settings) throws {
        let loaded: StagedLoad.Loaded
        do {
            loaded = try plan.rest(after: first)
                ?? StagedLoad.Loaded(issues: [first.issue], warnings: first.warnings, skipped: first.skipped)
        } catch {
            throw Failure.report(error)
        }
        for line in loaded.skipped { Stderr.line(line) }
        for warning in loaded.warnings { Stderr.line("scorecards: warning: \(warning.message)") }
        Stdout.write(Report.text(first.issue, settings: settings))
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
