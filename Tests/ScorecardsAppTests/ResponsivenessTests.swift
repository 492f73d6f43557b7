import Glibc
import ScorecardsApp
import ScorecardsCore
import ScorecardsCorpus
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// No key waits more than 100 ms for the screen to answer, on an article far longer than any
/// real one, in a file the program accepts (one article of 20,000 paragraphs, 5.9 MB). A key's answer is what
/// the event loop does for it: the update and the frame drawn after it. The work it asks
/// for (measuring the article, a search, a find) is handed to the worker and comes back as
/// an event, which is timed like a key; the work itself is not, as it runs beside the loop.
@Suite struct ResponsivenessTests {
    /// The file as the program reads it, parsed once for the suite.
    static let long: IssueDocument = {
        do {
            return try IssueParser.parse(text: LongArticle.text()).issue
        } catch {
            fatalError("the long article does not parse: \(error)")
        }
    }()

    static let limit = 100.0
    /// `RESPONSIVENESS_REPORT=1` prints every time measured, to compare builds.
    static let reporting = getenv("RESPONSIVENESS_REPORT") != nil

    /// What the loop did for one event.
    struct Answer {
        var effects: [Effect]
        var screen: [String]
        /// Processor time of the loop's thread: what the loop did, not how long the machine
        /// (shared with other tests) made it wait.
        var milliseconds: Double

        var jobs: [Job] { effects.compactMap { if case .start(let job) = $0 { job } else { nil } } }
        var status: String { screen.last ?? "" }
    }

    static func cpuMilliseconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
    }

    /// One event through the update, and the frame after it, as the loop does.
    static func answer(_ event: Event, _ state: inout AppState) -> Answer {
        let start = cpuMilliseconds()
        let effects = Update.apply(event, to: &state)
        let screen = Render.screen(state).lines()
        return Answer(effects: effects, screen: screen, milliseconds: cpuMilliseconds() - start)
    }

    static func press(_ keys: String, _ state: inout AppState) throws -> Answer {
        let events = try KeyNotation.parse(keys)
        precondition(events.count == 1, "one key at a time")
        return answer(events[0], &state)
    }

    /// The jobs done as the worker does them (untimed), and their results taken in as events.
    static func finish(_ jobs: [Job], _ state: inout AppState) -> [Answer] {
        jobs.compactMap { job in job.run().map { answer(.worked($0), &state) } }
    }

    func expectQuick(_ answer: Answer, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if Self.reporting { print("responsiveness: \(what): \((answer.milliseconds * 100).rounded() / 100) ms") }
        #expect(answer.milliseconds < Self.limit, "\(what) took \(answer.milliseconds) ms", sourceLocation: sourceLocation)
    }

    @Test func theReaderAnswersEveryKeyAtOnce() throws {
        var state = AppState(issue: Self.long, size: Size(width: 100, height: 30))
        #expect(Self.long.scorecards[0].articles[0].paragraphs.count == 20_000)

        let open = try Self.press("<CR>", &state)
        expectQuick(open, "opening the article")
        #expect(open.screen.contains { $0.contains("一篇两万段的长文") })
        // The first page is there at once; the line count comes later, the bar saying so.
        #expect(open.jobs.map(\.key.slot) == [.measure])
        #expect(open.status.contains("排版中"), "\(open.status)")
        #expect(open.status.contains("第8段/共20000段"), "\(open.status)")

        let bottom = try Self.press("G", &state)
        expectQuick(bottom, "G before the article is measured")
        #expect(bottom.status.contains("第20000段/共20000段"), "\(bottom.status)")
        #expect(bottom.jobs.isEmpty)  // the measure under way is still the one wanted

        for measured in Self.finish(open.jobs, &state) {
            expectQuick(measured, "taking in the measure")
            #expect(!measured.status.contains("排版"))
            #expect(measured.status.hasSuffix("100%"), "\(measured.status)")
        }
        for key in ["k", "<PageUp>", "g", "j", "<C-d>", "G"] {
            let moved = try Self.press(key, &state)
            expectQuick(moved, key)
            #expect(moved.jobs.isEmpty, "\(key) asked for work")
        }

        // A resize lays the page out again at once, and measures again beside the loop.
        let resized = Self.answer(.resize(Size(width: 60, height: 20)), &state)
        expectQuick(resized, "a resize")
        #expect(resized.jobs.map(\.key.slot) == [.measure])
        #expect(resized.status.contains("/共20000段"), "\(resized.status)")
    }

    @Test func searchingAnswersEveryKeyAtOnce() throws {
        var state = AppState(issue: Self.long, size: Size(width: 100, height: 30))
        _ = try Self.press("/", &state)
        var typed: [Answer] = []
        for key in ["武", "昌"] {
            let answer = try Self.press(key, &state)
            expectQuick(answer, "search key \(key)")
            #expect(answer.jobs.map(\.key.slot) == [.search])
            #expect(answer.status.contains("搜索中"), "\(answer.status)")
            typed.append(answer)
        }
        // The first search builds the index; a newer key supersedes an older one, so only
        // the last is done.
        for found in Self.finish(typed[1].jobs, &state) {
            expectQuick(found, "taking in the search")
            #expect(found.status.contains("1篇"), "\(found.status)")
        }
        #expect(state.search.outcome?.query == "武昌")
        let accept = try Self.press("<CR>", &state)
        expectQuick(accept, "Enter")
        let opened = try Self.press("<CR>", &state)
        expectQuick(opened, "opening the hit, every match marked")
        #expect(opened.status.contains("匹配 1/"), "\(opened.status)")
        _ = Self.finish(opened.jobs, &state)

        // Finding in the article: each key at once, the matches when the find is done.
        _ = try Self.press("/", &state)
        let find = try Self.press("区", &state)
        expectQuick(find, "find key")
        #expect(find.jobs.map(\.key.slot) == [.find])
        for found in Self.finish(find.jobs, &state) {
            expectQuick(found, "taking in the find")
            #expect(found.status.contains("处匹配"), "\(found.status)")
        }
        let kept = try Self.press("<CR>", &state)
        expectQuick(kept, "Enter in the find")
        for key in ["n", "n", "N"] {
            expectQuick(try Self.press(key, &state), key)
        }
    }

    @Test func ctrlCAndQAreAnsweredAtOnceWhileWorkIsUnderWay() throws {
        var state = AppState(issue: Self.long, size: Size(width: 100, height: 30))
        let open = try Self.press("<CR>", &state)
        #expect(!open.jobs.isEmpty)
        _ = try Self.press("/", &state)
        let typed = try Self.press("武", &state)
        #expect(typed.jobs.map(\.key.slot) == [.find])
        // In the prompt Ctrl-C cancels it (and the find with it); then it quits.
        let cancel = try Self.press("<C-c>", &state)
        expectQuick(cancel, "Ctrl-C in the prompt")
        #expect(cancel.effects.contains(.cancel(.find)))
        let back = try Self.press("q", &state)
        expectQuick(back, "q in the reader")
        #expect(back.effects.contains(.cancel(.measure)))
        _ = try Self.press("<CR>", &state)
        let quit = try Self.press("<C-c>", &state)
        expectQuick(quit, "Ctrl-C")
        #expect(quit.effects.contains(.quit))
        #expect(quit.effects.contains(.cancel(.measure)))

        var dashboard = AppState(issue: Self.long, size: Size(width: 100, height: 30))
        _ = try Self.press("/", &dashboard)
        _ = try Self.press("武", &dashboard)
        _ = try Self.press("<CR>", &dashboard)
        let q = try Self.press("q", &dashboard)
        expectQuick(q, "q on the dashboard")
        #expect(q.effects.contains(.quit))
    }

    /// The loop itself with a worker: keys are drawn and Ctrl-C ends the session while the
    /// article is still being measured beside it (seconds in a debug build), and the loop
    /// never waits for that.
    @Test func theLoopGoesOnWhileTheWorkerWorks() throws {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30), events: try KeyNotation.parse("<CR>Gkk<C-c>"))
        var state = AppState(issue: Self.long, size: Size(width: 1, height: 1))
        let background = Background()
        let worker = Worker(into: background)
        let clock = ContinuousClock()
        let start = clock.now
        Runner.run(&state, on: terminal, background: background, worker: worker)
        let elapsed = clock.now - start
        #expect(state.quitting)
        #expect(terminal.isExhausted)
        #expect(elapsed < .seconds(2), "\(elapsed)")
        // Every key drew a frame, the busy mark in the first after the article opened.
        #expect(terminal.frames.count == 5)
        #expect(terminal.frames[1].lines().last?.contains("排版") == true)
        #expect(terminal.frames[2].lines().last?.contains("第20000段/共20000段") == true)
        // The measure was stopped, never finished.
        #expect(state.measures == MeasureStore())
    }

    /// Paragraphs as long as a file may have them: every key at once here too, in a page
    /// that is all one paragraph.
    @Test func paragraphsAtTheLimitAnswerAtOnce() throws {
        let text = LongArticle.paragraphs(count: 400).joined()
        let paragraph = String(text.unicodeScalars.prefix(IssueParser.paragraphLimit))
        let article = Article(id: "development/0", kind: .lead, headline: LongArticle.headline,
                              paragraphs: [paragraph, paragraph, paragraph])
        let issue = IssueDocument(title: "长段", date: "2018-01-15", scorecards: [
            Scorecard(id: "development", name: "发展成绩单", page: "B1", headline: LongArticle.headline, articles: [article]),
        ])
        // The parser accepts it.
        #expect(paragraph.unicodeScalars.count == IssueParser.paragraphLimit)
        var state = AppState(issue: issue, size: Size(width: 100, height: 30))
        let open = try Self.press("<CR>", &state)
        expectQuick(open, "opening")
        for measured in Self.finish(open.jobs, &state) { expectQuick(measured, "taking in the measure") }
        for key in ["j", "<C-d>", "<PageDown>", "G", "k", "<PageUp>", "g"] {
            expectQuick(try Self.press(key, &state), key)
        }
        _ = try Self.press("/", &state)
        let find = try Self.press("武", &state)
        expectQuick(find, "find key")
        for found in Self.finish(find.jobs, &state) { expectQuick(found, "taking in the find") }
        _ = try Self.press("<CR>", &state)
        for key in ["n", "n", "N"] {
            expectQuick(try Self.press(key, &state), key)
        }
    }
}

extension ResponsivenessTests {
    /// An issue of 20,400 figures, 5,100 on each scorecard (three in each of 1,700 paragraphs,
    /// every one a different fact), for the figures table.
    static let manyFigures: IssueDocument = {
        let cards = ["发展", "改革", "党建", "稳定"].enumerated().map { c, name in
            let paragraphs = (0..<1700).map { i in
                let n = c * 1700 + i
                return "第\(n + 1)片区全年新增就业岗位\(1000 + n)个，同比增长\(n % 30 + 1).5%；引进企业\(20 + n)家，完成投资\(3 + n)亿元。"
            }
            let article = Article(id: "c\(c)/0", kind: .lead, headline: ["数据很多的一篇"], paragraphs: paragraphs)
            return Scorecard(id: "c\(c)", name: name + "成绩单", page: "B\(c + 1)", headline: ["数据很多的一篇"], articles: [article])
        }
        return IssueDocument(title: "数据很多的一期", date: "2018-01-15", scorecards: IssueMetrics.derive(cards, date: "2018-01-15"))
    }()

    /// The figures table on every figure of that issue: every key at once, the table's rows
    /// worked out once per change of scope, sort or filter, never per frame.
    @Test func theFiguresTableAnswersEveryKeyAtOnce() throws {
        #expect(Self.manyFigures.scorecards.map { $0.articles[0].metrics.count } == [5100, 5100, 5100, 5100])
        var state = AppState(issue: Self.manyFigures, size: Size(width: 120, height: 40))
        // The table opens at once; its figures are listed beside the loop, the bar saying so.
        let open = try Self.press("m", &state)
        expectQuick(open, "opening the figures table")
        #expect(open.jobs.map(\.key.slot) == [.figures])
        #expect(open.status.contains("整理数据中"), "\(open.status)")
        for listed in Self.finish(open.jobs, &state) {
            expectQuick(listed, "taking in the figures")
            #expect(listed.screen[0].contains("5100项"), "\(listed.screen[0])")
        }
        for key in ["a", "j", "<C-d>", "<PageDown>", "G", "k", "<PageUp>", "g", "s", "s", "s", "y"] {
            let answer = try Self.press(key, &state)
            expectQuick(answer, "figures \(key)")
            #expect(answer.jobs.isEmpty, "\(key) asked for work")
        }
        guard case .metrics(let table) = state.screen else { Issue.record("not the figures table"); return }
        #expect(table.allScorecards)
        #expect(try Self.press("G", &state).screen[0].contains("20400项"))
        _ = try Self.press("/", &state)
        for key in ["片", "区", "<BS>", "<CR>"] {
            expectQuick(try Self.press(key, &state), "filter \(key)")
        }
        // Pinyin, a letter at a time: 完成投资, a third of the figures.
        _ = try Self.press("/", &state)
        _ = try Self.press("<C-u>", &state)
        for key in ["t", "o", "u", "z", "i"] {
            expectQuick(try Self.press(key, &state), "filter \(key)")
        }
        let filtered = try Self.press("<CR>", &state)
        #expect(filtered.screen[0].contains("6800项"), "\(filtered.screen[0])")
        expectQuick(try Self.press("<CR>", &state), "opening a figure's article")
        expectQuick(try Self.press("q", &state), "back to the table")
        expectQuick(try Self.press("<Esc>", &state), "clearing the filter")
        expectQuick(try Self.press("<Esc>", &state), "leaving the table")
    }
}
