import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// The event loop against the in-memory terminal: frames drawn, effects carried out.
@Suite struct RunnerTests {
    func run(_ keys: String, size: Size = Size(width: 80, height: 24), background: Background? = nil) throws -> (AppState, MemoryTerminal) {
        let terminal = MemoryTerminal(size: size, events: try KeyNotation.parse(keys))
        var state = AppState(issue: try Fixtures.bundled(), size: Size(width: 1, height: 1))
        Runner.run(&state, on: terminal, stopWhenIdle: true, background: background)
        return (state, terminal)
    }

    @Test func aFrameBeforeTheFirstKeyAndOneAfterEach() throws {
        let (state, terminal) = try run("jj<CR>")
        #expect(state.size == Size(width: 80, height: 24))  // taken from the terminal
        #expect(terminal.frames.count == 4)
        #expect(terminal.frames.last?.text.contains("新增10.5万平方米双创空间") == true)
    }

    @Test func effectsReachTheTerminal() throws {
        let (_, terminal) = try run("<C-l>y<C-z>G<CR>J")
        #expect(terminal.invalidations == 2)  // Ctrl-L, and after the suspension
        #expect(terminal.suspensions == 1)
        #expect(terminal.bells == 1)  // J past the last article
        #expect(terminal.clipboard == ["区域GDP跨千亿大关 城区品质稳步提升\n来源：《长江日报城区读本》2018年第1期 · B1 发展成绩单 · 2018-01-15"])
    }

    @Test func quittingStopsTheLoop() throws {
        let (state, terminal) = try run("qjjj")
        #expect(state.quitting)
        #expect(terminal.frames.count == 1)
        #expect(!terminal.isExhausted)
    }

    @Test func backgroundEventsAreTakenInTurn() throws {
        let background = Background()
        var second = try Fixtures.bundled()
        second.date = "2019-01-15"
        second.number = "2019年第1期"
        background.post(.loadProgress(LoadProgress(done: 1, total: 2)))
        background.post(.issuesLoaded([try Fixtures.bundled(), second], skipped: [SkippedFile(path: "dir/x.txt", reason: "not an issue")]))
        background.finish()
        let (state, terminal) = try run("", background: background)
        #expect(state.issues.count == 2)
        #expect(state.loading == nil)
        #expect(terminal.frames.last?.lines().first?.contains("1/2") == true)
        #expect(state.message == "已载入全部2期；1个文件不是成绩单，已跳过：x.txt")
        // Taken together: the first frame, then one for both events.
        #expect(terminal.frames.count == 2)
    }

    /// While the rest load, the header says how far it has got, on every screen.
    @Test func theHeaderShowsLoadingProgress() throws {
        var state = AppState(issue: try Fixtures.bundled(), size: Size(width: 100, height: 30))
        _ = Update.apply(.loadProgress(LoadProgress(done: 120, total: 400)), to: &state)
        #expect(Render.screen(state).lines()[0].hasSuffix("载入 120/400  ? 帮助"))
        _ = Update.run(try KeyNotation.parse("<CR>"), on: &state)
        #expect(Render.screen(state).lines()[0].contains("载入 120/400"))
        _ = Update.apply(.loadProgress(LoadProgress(done: 400, total: 400)), to: &state)
        _ = Update.apply(.issuesLoaded([try Fixtures.bundled()], skipped: []), to: &state)
        #expect(!Render.screen(state).lines()[0].contains("载入"))
        #expect(state.message == "已载入全部1期")
    }

    /// A load that stops on an error ends the loop like `q`.
    @Test func aFailedLoadEndsTheLoop() throws {
        let background = Background()
        background.post(.loadFailed(LoadFailure(lines: ["scorecards: 'x.txt' is empty: not an issue"], status: 65)))
        background.finish()
        let (state, _) = try run("jjj", background: background)
        #expect(state.quitting)
        #expect(state.panes[0].selection == 0)
    }

    /// Work the worker finishes within `Runner.grace` is drawn with the key that asked for
    /// it: the article's position, not a busy mark that would flicker away. (Drawn without
    /// the wait, the frame after the key always shows the mark: its result is only taken in
    /// by the loop. A machine too busy to measure seven paragraphs in 30 ms gets two more tries.)
    @Test func quickWorkIsDrawnWithTheKey() throws {
        var frames: [[String]] = []
        for _ in 0..<3 {
            let background = Background()
            background.finish()
            let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: try KeyNotation.parse("<CR>q"))
            var state = AppState(issue: try Fixtures.bundled(), size: Size(width: 1, height: 1))
            Runner.run(&state, on: terminal, stopWhenIdle: true, background: background, worker: Worker(into: background))
            frames.append(terminal.frames[1].lines())
            if !(frames.last?.last?.contains("排版") ?? true) { break }
        }
        let opened = try #require(frames.last)
        #expect(opened.last?.range(of: " [0-9]+/[0-9]+ [0-9]+%$", options: .regularExpression) != nil,
                "\(frames.map { $0.last ?? "" })")
    }
}
