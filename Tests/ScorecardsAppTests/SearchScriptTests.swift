import ScorecardsApp
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// The search prompt and n/N, typed as a user would.
@Suite struct SearchScriptTests {
    func run(_ keys: String, size: Size = Size(width: 120, height: 40)) throws -> AppState {
        var state = AppState(issue: try Fixtures.bundled(), size: size)
        _ = Update.run(try KeyNotation.parse(keys), on: &state)
        return state
    }

    @Test func typingChineseSearchesEveryKeystroke() throws {
        let one = try run("/武")
        #expect(one.prompt?.purpose == .search)
        #expect(one.search.outcome?.query == "武")
        let two = try run("/武昌区")
        #expect(two.search.outcome?.query == "武昌区")
        #expect((two.search.outcome?.stops.count ?? 0) <= (one.search.outcome?.stops.count ?? 0))
    }

    @Test func everyPrintableKeyIsTextInThePrompt() throws {
        let state = try run("/qjkG?nNmzQ123")
        #expect(state.prompt?.editor.string == "qjkG?nNmzQ123")
        #expect(!state.quitting && state.context == .prompt && !state.zoomed && state.focus == 0)
    }

    @Test func backspaceRemovesWholeCharacters() throws {
        #expect(try run("/武昌<BS>").prompt?.editor.string == "武")
        #expect(try run("/GDP武<BS><BS>").prompt?.editor.string == "GD")
        #expect(try run("/e\u{301}x<BS><BS>").prompt?.editor.string == "")
        #expect(try run("/<BS><BS>").prompt?.editor.string == "")
    }

    @Test func enterJumpsToTheFirstHitAndNWraps() throws {
        let state = try run("/社区<CR>")
        #expect(state.prompt == nil)
        let outcome = try #require(state.search.outcome)
        #expect(outcome.current == 0)
        let first = try #require(outcome.stops.first)
        #expect(state.focus == first.scorecard && state.panes[first.scorecard].selection == first.article)
        let count = outcome.stops.count
        #expect(count >= 2)
        let wrapped = try run("/社区<CR>" + String(repeating: "n", count: count))
        #expect(wrapped.search.outcome?.current == 0)
        let back = try run("/社区<CR>N")
        #expect(back.search.outcome?.current == count - 1)
    }

    @Test func pinyinAndInitials() throws {
        for query in ["gongshui", "gs", "wuchang", "jj", "GDP", "ＧＤＰ"] {
            #expect(try run("/\(query)<CR>").search.outcome?.isEmpty == false, "\(query)")
        }
        #expect(try run("/zzzxq<CR>").search.outcome?.isEmpty == true)
    }

    @Test func escapeClears() throws {
        let prompt = try run("/武昌<Esc>")
        #expect(prompt.prompt == nil && prompt.search.outcome == nil)
        let after = try run("/武昌<CR><Esc>")
        #expect(after.search.outcome == nil)
        #expect(try run("/武昌<CR><Esc>n").search.outcome == nil)
    }

    @Test func historyRecallsEarlierQueries() throws {
        #expect(try run("/武昌<CR><Esc>/GDP<CR><Esc>/<Up>").prompt?.editor.string == "GDP")
        #expect(try run("/武昌<CR><Esc>/GDP<CR><Esc>/<Up><Up>").prompt?.editor.string == "武昌")
        #expect(try run("/武昌<CR><Esc>/GDP<CR><Esc>/<Up><Up><Down>").prompt?.editor.string == "GDP")
        #expect(try run("/武昌<CR><Esc>/GDP<CR><Esc>/x<Up><Down>").prompt?.editor.string == "x")
    }

    @Test func openingAHitMarksTheMatchesAndScrollsToTheBody() throws {
        let state = try run("/gongshui<CR><CR>", size: Size(width: 80, height: 24))
        guard case .reader(let reader) = state.screen else {
            Issue.record("expected the reader")
            return
        }
        #expect(!reader.marks.isEmpty)
        let current = try #require(reader.marks.first { $0.current })
        #expect(!current.span.part.isHeadline)
        #expect(reader.anchor != .top)
        // n and N move between the marks of the article.
        let next = try run("/gongshui<CR><CR>n", size: Size(width: 80, height: 24))
        guard case .reader(let r2) = next.screen else { return }
        #expect(r2.marks.firstIndex { $0.current } != reader.marks.firstIndex { $0.current })
    }

    @Test func searchInTheReaderStaysInTheArticle() throws {
        // 昙华林 is in B3, not in the B1 lead being read: the reader stays where it is.
        let state = try run("<CR>/昙华林<CR>")
        guard case .reader(let reader) = state.screen else {
            Issue.record("expected the reader")
            return
        }
        #expect(reader.scorecard == 0 && reader.article == 0)
        #expect(reader.marks.isEmpty)
        #expect(state.message == "无匹配")
    }

    @Test func unmatchedHeadlinesAreDimmedNotHidden() throws {
        let grid = Render.screen(try run("/供水"))
        // 推进产业转型升级 (reform/1) has no hit: still listed, drawn dimmed.
        let row = try #require(grid.lines().firstIndex { $0.contains("推进产业转型升级") })
        let cells = (0..<grid.width).map { grid[$0, row] }
        #expect(cells.first { $0.text == "推" }?.role == .dim)
        // The matching characters of 二次供水改造… are highlighted.
        let hit = try #require(grid.lines().firstIndex { $0.contains("二次供水改造") })
        #expect((0..<grid.width).contains { grid[$0, hit].text == "供" && grid[$0, hit].role == .match })
    }
}
