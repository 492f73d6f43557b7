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
        if isatty(1) == 0 {
            try printReport(configuration: configuration, utf8: true)
            return
        }
        let locale = TerminalLocale.setUp()
        // The probe below writes to the terminal and waits for its answer: only where the
        // dashboard is to be drawn, never before the report or an error.
        if let problem = TerminalCheck.problem() {
            try cannotDraw(problem, configuration: configuration, utf8: locale.isUTF8)
            return
        }
        let plan = try StagedLoad.plan(paths, library: library)
        let first: StagedLoad.First
        do { first = try plan.first() } catch { throw Failure.report(error) }
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
                mouse: mouse || configuration.mouse == true, ambiguousWide: ambiguous == .wide)
            options.typedAhead = chosen.typedAhead
            terminal = try NcursesTerminal(options: options)
        } catch {
            try cannotDraw(error, configuration: configuration, utf8: locale.isUTF8)
            return
        }
        var state = AppState(issues: [first.issue], size: terminal.size, settings: settings, keyMap: keyMap,
                             warnings: first.warnings)
        if !first.skipped.isEmpty { state.message = settings.text(.filesSkipped(first.skipped.map(\.name))) }
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
        var skipped: [SkippedFile] = []
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
            case .issuesLoaded(_, let files): skipped = files
            case .loadFailed(let stopped): failure = stopped
            default: break
            }
        }
        background.cancel()
        terminal.close()
        for file in skipped { Stderr.line(StagedLoad.warning(file)) }
        if remember {
            memory.record(state)
            if let problem = StateStore.save(memory) { Stderr.line("scorecards: \(problem)") }
        }
        if let signal = terminal.endingSignal { NcursesTerminal.end(bySignal: signal) }
        if let failure { throw Failure.report(failure) }
    }

    /// No type to draw with: the report, with a note. A terminal that cannot be used: exit 69.
    private func cannotDraw(_ error: TerminalError, configuration: Configuration, utf8: Bool) throws {
        switch error {
        case .noTerminalType:
            Stderr.line("scorecards: \(error.message); printing the report instead")
            try printReport(configuration: configuration, utf8: utf8)
        case .unknownTerminal, .notATerminal:
            throw Failure.exit(error.message, status: 69)
        }
    }

    /// Without a terminal: the plain report of the issue the dashboard would show first. With
    /// no paths, the issue `scorecards report` reads (and says which); with paths, the newest,
    /// once every issue has been read by the same rules as for the dashboard.
    private func printReport(configuration: Configuration, utf8: Bool) throws {
        let settings = display.settings(ambiguous: display.fixedAmbiguous(configuration), configuration: configuration, utf8: utf8)
        if paths.isEmpty {
            let one = try IssueChoice.load(path: nil, library: library, issue: nil)
            IssueSource.report(one)
            Stdout.write(Report.text(one.issue, settings: settings))
            return
        }
        let plan = try StagedLoad.plan(paths, library: library)
        let loaded: StagedLoad.Loaded
        do {
            let first = try plan.first()
            loaded = try plan.rest(after: first)
                ?? StagedLoad.Loaded(issues: [first.issue], warnings: first.warnings, skipped: first.skipped)
        } catch {
            throw Failure.report(error)
        }
        for file in loaded.skipped { Stderr.line(StagedLoad.warning(file)) }
        for warning in loaded.warnings { Stderr.line("scorecards: warning: \(warning.message)") }
        Stdout.write(Report.text(loaded.issues[loaded.issues.count - 1], settings: settings))
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
