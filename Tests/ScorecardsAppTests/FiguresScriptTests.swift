import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// The figures table and its filter prompt, driven by keys.
@Suite struct FiguresScriptTests {
    func run(_ keys: String, size: Size = Size(width: 100, height: 30)) throws -> AppState {
        var state = AppState(issue: try Fixtures.bundled(), size: size)
        _ = Update.run(try KeyNotation.parse(keys), on: &state)
        return state
    }

    func metrics(_ state: AppState) -> MetricsState? {
        if case .metrics(let m) = state.screen { return m }
        return nil
    }

    @Test func opensOnTheFocusedScorecard() throws {
        let state = try run("3m")
        #expect(metrics(state)?.scorecard == 2)
        #expect(try run("3mq").screen == .dashboard)
    }

    @Test func sortCyclesAndScopeToggles() throws {
        #expect(metrics(try run("ms"))?.sort == .change)
        #expect(metrics(try run("mss"))?.sort == .value)
        #expect(metrics(try run("msss"))?.sort == .source)
        #expect(metrics(try run("ma"))?.allScorecards == true)
    }

    @Test func filterTakesEveryPrintableKeyAsText() throws {
        // q, j, ?, Q and m would all be commands; in the prompt they are text.
        let state = try run("m/qj?Qm")
        #expect(state.prompt?.purpose == .filter)
        #expect(metrics(state)?.filter == "qj?Qm")
        #expect(!state.quitting && state.context == .prompt)
    }

    @Test func filterNarrowsAndBackspaceTakesWholeCharacters() throws {
        let state = try run("ma/投资额<BS><BS><CR>")
        #expect(metrics(state)?.filter == "投")
        #expect(state.prompt == nil)
        let shown = Render.screen(state).text
        #expect(shown.contains("固定资产投资"))
        #expect(!shown.contains("地区生产总值"))
    }

    /// The filter matches as the search does: pinyin, initials (across the words of a label,
    /// as of a headline), full-width and traditional forms, spaces ignored.
    @Test(arguments: [("touzi", "固定资产投资"), ("gdzctz", "固定资产投资"), ("固定資產", "固定资产投资"),
                      ("ｇｄｐ", "地区生产总值"), ("地区 生产", "地区生产总值"), ("diqushengchan", "地区生产总值")])
    func filterMatchesAsTheSearchDoes(query: String, label: String) throws {
        var state = try run("ma/\(query)<CR>")
        state.size = Size(width: 120, height: 60)
        let shown = Render.screen(state).text
        #expect(shown.contains(label), "\(query)")
        #expect(!shown.contains("违法犯罪警情"), "\(query)")
        #expect(!shown.contains(state.settings.text(.noFigures)), "\(query)")
    }

    @Test func aFilterMatchingNothingSaysSo() throws {
        let state = try run("ma/zzzzq<CR>")
        #expect(Render.screen(state).text.contains(state.settings.text(.noFigures)))
        #expect(Render.screen(try run("ma/qqqq<CR>")).text.contains(state.settings.text(.noFigures)))
    }

    @Test func escapeClearsTheFilterThenLeaves() throws {
        #expect(metrics(try run("m/PM<CR><Esc>"))?.filter == "")
        #expect(try run("m/PM<CR><Esc><Esc>").screen == .dashboard)
        #expect(metrics(try run("m/PM<Esc>"))?.filter == "")
    }

    @Test func filterHistory() throws {
        let state = try run("m/PM<CR><Esc>/<Up>")
        #expect(metrics(state)?.filter == "PM")
    }

    @Test func enterOpensTheSourceWithTheFigureMarked() throws {
        let state = try run("m<CR>")
        guard case .reader(let reader) = state.screen else {
            Issue.record("expected the reader")
            return
        }
        #expect(reader.scorecard == 0 && reader.article == 0)
        // 地区生产总值 1060亿元 is stated twice in the lead: both marked, the first current.
        #expect(reader.marks.count == 2)
        #expect(reader.marks.first?.current == true)
        #expect(reader.marks.first?.span.part == .paragraph(3))
    }

    @Test func sortedByChangeLargestFirst() throws {
        var state = try run("mas")
        state.size = Size(width: 120, height: 40)
        let text = Render.screen(state).lines()
        let first = text.first { $0.hasPrefix("▸") } ?? ""
        #expect(first.contains("招商引资"))
        #expect(first.contains("+51.3%"))
    }
}
