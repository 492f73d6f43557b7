import ArgumentParser
import ScorecardsApp
import ScorecardsGrid

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Run the dashboard without a terminal and print the final screen as text.",
        discussion: """
        KEYS use Vim's notation: a character stands for itself (Chinese too); <Tab>, <S-Tab>, \
        <CR>, <Esc>, <BS>, <Space>, <Up>, <Down>, <Left>, <Right>, <PageUp>, <PageDown>, \
        <Home>, <End>, <C-d>, <C-u>, <C-l>, <F1>; <lt> for a literal <; <Resize:WxH> resizes. \
        A Ctrl chord is the key a terminal makes of it: <C-m> is <CR>, <C-i> is <Tab>, \
        <C-j> and <C-h> are keys of their own.
        """)

    @Argument(help: "Issue files or directories of them. Default: the bundled issue.")
    var paths: [String] = []

    @Option(help: "Read this library instead of the files (the dashboard's default when it holds issues).")
    var library: String?

    @Option(help: "Screen size as WxH, e.g. 80x24.")
    var size: ScreenSize

    @Option(help: "Keys to type before printing the screen.")
    var keys: String = ""

    @OptionGroup var display: DisplayOptions

    func run() throws {
        let events: [Event]
        do {
            events = try KeyNotation.parse(keys)
        } catch {
            throw ValidationError("--keys: \(error.description)")
        }
        let configuration = try display.configuration()
        // Without files or --library, the bundled issue: a dump must not depend on what a
        // user happens to have imported.
        let loaded: StagedLoad.Loaded
        if paths.isEmpty && library == nil {
            loaded = StagedLoad.Loaded(issues: [IssueSource.bundled().issue], warnings: [], skipped: [])
        } else {
            let plan = try StagedLoad.plan(paths, library: library)
            do { loaded = try plan.loadAll() } catch { throw Failure.report(error) }
        }
        for file in loaded.skipped { Stderr.line(StagedLoad.warning(file)) }
        for warning in loaded.warnings { Stderr.line("scorecards: warning: \(warning.message)") }
        let settings = display.settings(ambiguous: display.fixedAmbiguous(configuration), configuration: configuration)
        var state = AppState(
            issues: loaded.issues, size: size.value, settings: settings,
            keyMap: try KeyMapSource.keyMap(configuration), warnings: loaded.warnings)
        if !loaded.skipped.isEmpty { state.message = settings.text(.filesSkipped(loaded.skipped.map(\.name))) }
        _ = Update.run(events, on: &state)
        Stdout.write(Render.screen(state).lines().joined(separator: "\n") + "\n")
    }
}

struct ScreenSize: ExpressibleByArgument {
    var value: Size

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1000).contains(w), (1...1000).contains(h) else {
            return nil
        }
        value = Size(width: w, height: h)
    }
}
