import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// Bigger screens show more: whole headlines and every key figure of a card, on wide screens
/// and in a zoomed pane.
@Suite struct WideScreenTests {
    func state(_ keys: String, _ size: Size) throws -> AppState {
        var state = AppState(issue: try Fixtures.bundled(), size: size)
        _ = Update.run(try KeyNotation.parse(keys), on: &state)
        return state
    }

    /// The text inside `rect`, row after row, without spaces (a wrapped headline drops the
    /// space it breaks at).
    func text(in rect: Rect, of grid: Grid) -> String {
        (rect.y..<rect.maxY).map { y in (rect.x..<rect.maxX).map { grid[$0, y].text }.joined() }.joined()
            .filter { !$0.isWhitespace }
    }

    /// Every pane on screen shows its card whole: each headline uncut, each key figure.
    func expectWholeCards(_ state: AppState, _ note: String) {
        let grid = Render.screen(state)
        let layout = DashboardLayout.of(state)
        for (i, pane) in layout.panes.enumerated() {
            guard let pane else { continue }
            let list = text(in: pane.list, of: grid)
            #expect(!list.contains("…"), "a headline cut in pane \(i + 1) \(note)")
            for article in state.issue.scorecards[i].articles {
                let headline = state.settings.display(article.joinedHeadline).filter { !$0.isWhitespace }
                #expect(list.contains(headline), "\(headline) in pane \(i + 1) \(note)")
            }
            let strip = text(in: pane.figures, of: grid)
            for figure in state.figures.keyFigures[i] {
                let label = state.settings.display(figure.metric.label).filter { !$0.isWhitespace }
                #expect(strip.contains(label), "\(label) in pane \(i + 1) \(note)")
            }
        }
    }

    @Test(arguments: [Size(width: 200, height: 60), Size(width: 250, height: 70), Size(width: 220, height: 50)])
    func wideAndTallScreensShowEveryCardWhole(_ size: Size) throws {
        let state = try state("", size)
        #expect(DashboardLayout.of(state).mode == .grid)
        expectWholeCards(state, "at \(size)")
    }

    @Test func wideButShortScreensWrapHeadlinesWhole() throws {
        let state = try state("", Size(width: 200, height: 30))
        let layout = DashboardLayout.of(state)
        #expect(layout.mode == .row)
        let grid = Render.screen(state)
        for (i, pane) in layout.panes.enumerated() {
            let list = text(in: try #require(pane).list, of: grid)
            for article in state.issue.scorecards[i].articles {
                #expect(list.contains(state.settings.display(article.joinedHeadline).filter { !$0.isWhitespace }))
            }
        }
    }

    @Test(arguments: [Size(width: 200, height: 60), Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 100, height: 32)])
    func zoomShowsTheCardWhole(_ size: Size) throws {
        for pane in 1...4 {
            let state = try state("\(pane)z", size)
            expectWholeCards(state, "zoomed on \(pane) at \(size)")
        }
    }

    /// A click on the second row of a wrapped headline selects that headline.
    @Test func aClickOnAWrappedHeadlineSelectsIt() throws {
        var state = try state("", Size(width: 200, height: 30))
        let pane = try #require(DashboardLayout.of(state).panes[0])
        let wrapped = try #require(pane.wrapped)
        let row = try #require(wrapped.firstIndex { !$0.isFirst })
        _ = Update.apply(.mouse(MouseEvent(x: pane.list.x + 3, y: pane.list.y + row, button: .left)), to: &state)
        #expect(state.panes[0].selection == wrapped[row].item)
    }
}
