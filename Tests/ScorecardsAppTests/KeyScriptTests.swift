import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// Key scripts run against the state machine, as a user would type them.
@Suite struct KeyScriptTests {
    func state(_ keys: String, size: Size = Size(width: 120, height: 40)) throws -> (AppState, [Effect]) {
        var state = AppState(issue: try Fixtures.bundled(), size: size)
        let effects = Update.run(try KeyNotation.parse(keys), on: &state)
        return (state, effects)
    }

    @Test func focusKeys() throws {
        #expect(try state("<Tab>").0.focus == 1)
        #expect(try state("<Tab><Tab><Tab><Tab>").0.focus == 0)
        #expect(try state("<S-Tab>").0.focus == 3)
        #expect(try state("3").0.focus == 2)
        #expect(try state("4l").0.focus == 2)  // wraps within the bottom row of the grid
        #expect(try state("l").0.focus == 1)
        #expect(try state("<Right><Left>").0.focus == 0)
        #expect(try state("9").0.focus == 0)  // no ninth pane: nothing happens
    }

    @Test func selectionMovesAndStops() throws {
        #expect(try state("jj").0.panes[0].selection == 2)
        #expect(try state("<Down><Down><Up>").0.panes[0].selection == 1)
        #expect(try state("jjjjjjjjjj").0.panes[0].selection == 4)
        #expect(try state("kkk").0.panes[0].selection == 0)
        #expect(try state("G").0.panes[0].selection == 4)
        #expect(try state("Gg").0.panes[0].selection == 0)
        #expect(try state("<End>").0.panes[0].selection == 4)
        #expect(try state("4<PageDown>").0.panes[3].selection == 5)
        #expect(try state("<C-d>").0.panes[0].selection > 0)
        // Each pane keeps its own selection.
        let (s, _) = try state("jj<Tab>j")
        #expect(s.panes.map(\.selection) == [2, 1, 0, 0])
    }

    /// The article the reader on screen shows, and where: what the user chose, apart from
    /// the layout the state derives from it.
    func reading(_ state: AppState) -> (scorecard: Int, article: Int, anchor: ReaderAnchor)? {
        guard case .reader(let reader) = state.screen else { return nil }
        return (reader.scorecard, reader.article, reader.anchor)
    }

    @Test func openAndGoBack() throws {
        let (opened, _) = try state("jj<CR>")
        #expect(try #require(reading(opened)) == (0, 2, .top))
        for back in ["<Esc>", "q", "h", "<Left>"] {
            let (s, effects) = try state("jj<CR>" + back)
            #expect(s.screen == .dashboard)
            #expect(s.panes[0].selection == 2)
            #expect(!s.quitting && effects.isEmpty)
        }
    }

    @Test func readerNextAndPreviousArticle() throws {
        #expect(try #require(reading(state("<CR>JJ").0)) == (0, 2, .top))
        let (end, effects) = try state("G<CR>J")
        #expect(try #require(reading(end)) == (0, 4, .top))
        #expect(effects == [.bell])
        // Going back lands on the article last read.
        #expect(try state("<CR>JJq").0.panes[0].selection == 2)
    }

    @Test func readerScrolls() throws {
        let (s, _) = try state("<CR>jjj", size: Size(width: 80, height: 24))
        guard case .reader(let reader) = s.screen else { Issue.record("not in the reader"); return }
        #expect(reader.anchor != .top)
        let (top, _) = try state("<CR>jjjg", size: Size(width: 80, height: 24))
        guard case .reader(let r2) = top.screen else { Issue.record("not in the reader"); return }
        #expect(r2.anchor == .top)
    }

    @Test func readerPositionSurvivesResize() throws {
        // Scroll so a paragraph starts the page, then resize: the same text stays on top.
        let (before, _) = try state("<CR><C-d><C-d>", size: Size(width: 80, height: 24))
        let (after, _) = try state("<CR><C-d><C-d><Resize:120x40><Resize:60x20><Resize:80x24>", size: Size(width: 80, height: 24))
        guard case .reader(let a) = before.screen, case .reader(let b) = after.screen else {
            Issue.record("not in the reader")
            return
        }
        guard case .text(let x) = a.anchor, case .text(let y) = b.anchor else {
            Issue.record("the page does not start in the text")
            return
        }
        #expect(x.part == y.part)
        #expect(abs(x.offset - y.offset) <= 40)
    }

    @Test func resizeKeepsFocusAndSelection() throws {
        let (s, _) = try state("3jjj<Resize:60x20><Resize:20x5><Resize:101x31>")
        #expect(s.focus == 2)
        #expect(s.panes[2].selection == 3)
        #expect(s.size == Size(width: 101, height: 31))
    }

    @Test func quitting() throws {
        #expect(try state("q").1 == [.quit])
        #expect(try state("<CR>Q").0.quitting)
        #expect(try state("<CR><C-c>").0.quitting)
        #expect(try state("<CR>q").0.quitting == false)
        // Keys after quitting are not processed.
        #expect(try state("qj").0.panes[0].selection == 0)
    }

    @Test func helpOpensAndAnyKeyCloses() throws {
        #expect(try state("?").0.context == .help)
        #expect(try state("<F1>").0.context == .help)
        let (closed, _) = try state("?x")
        #expect(closed.context == .dashboard)
        #expect(closed.panes[0].selection == 0)  // the closing key does nothing else
        #expect(try state("?q").0.quitting == false)
    }

    @Test func redrawAndZoom() throws {
        #expect(try state("<C-l>").1 == [.redrawAll])
        #expect(try state("z").0.zoomed)
        #expect(try state("zz").0.zoomed == false)
    }
}
