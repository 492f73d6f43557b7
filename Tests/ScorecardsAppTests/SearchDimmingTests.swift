import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// While searching, every headline without a hit is dimmed, the selected ones of every pane
/// included; rows with a hit keep their look, with the hit lit up.
@Suite struct SearchDimmingTests {
    /// The role of each headline row's text in every pane shown, with its article.
    static func rows(_ keys: String, size: Size = Size(width: 120, height: 40)) throws -> (AppState, [(ArticleRef, Bool, Role)]) {
        var state = AppState(issue: try Fixtures.bundled(), size: size)
        _ = Update.run(try KeyNotation.parse(keys), on: &state)
        let grid = Render.screen(state)
        var out: [(ArticleRef, Bool, Role)] = []
        for (index, pane) in DashboardLayout.of(state).panes.enumerated() {
            guard let pane else { continue }
            for row in 0..<pane.list.height {
                let article = state.panes[index].scroll + row
                guard state.issue.scorecards[index].articles.indices.contains(article) else { break }
                // The first character of the headline, after the two columns of the marker.
                let cell = grid[pane.list.x + 2, pane.list.y + row]
                out.append((ArticleRef(issue: state.shown, scorecard: index, article: article),
                            state.panes[index].selection == article, cell.role))
            }
        }
        return (state, out)
    }

    @Test func nothingFoundDimsEveryRowTheSelectedOnesToo() throws {
        let (state, rows) = try Self.rows("jj<Tab>j/xqxq")
        #expect(state.search.outcome?.stops.isEmpty == true)
        #expect(rows.count > 20)
        for (ref, selected, role) in rows {
            #expect(role == (selected ? .selectionDimmed : .dim), "\(ref) \(selected)")
        }
    }

    @Test(arguments: ["/社区", "/供水", "jj<Tab>jj/社区", "3j/gongshui"])
    func selectedRowsWithoutAHitAreDimmedInEveryPane(_ keys: String) throws {
        let (state, rows) = try Self.rows(keys)
        let outcome = try #require(state.search.outcome)
        var dimmedSelections = 0
        for (ref, selected, role) in rows {
            let hit = outcome.matches(for: ref) != nil
            if selected && !hit { dimmedSelections += 1 }
            switch (selected, hit) {
            case (true, false): #expect(role == .selectionDimmed, "\(ref)")
            case (false, false): #expect(role == .dim, "\(ref)")
            case (true, true): #expect([.selection, .selectionInactive, .match, .matchCurrent].contains(role), "\(ref)")
            case (false, true): #expect(role != .dim && role != .selectionDimmed, "\(ref)")
            }
        }
        #expect(dimmedSelections >= 1)
    }

    @Test func theSelectionStillShowsWhenDimmed() throws {
        var state = AppState(issue: try Fixtures.bundled(), size: Size(width: 120, height: 40))
        _ = Update.run(try KeyNotation.parse("/zzzz"), on: &state)
        let grid = Render.screen(state)
        let pane = try #require(DashboardLayout.of(state).panes[0])
        // The focused pane keeps its marker, and the whole row its underline.
        #expect(grid[pane.list.x, pane.list.y].text == state.settings.glyphs.selected)
        #expect(grid[pane.list.maxX - 1, pane.list.y].role == .selectionDimmed)
        for depth in [ColorDepth.none, .basic, .sixteen, .xterm256] {
            #expect(Theme.dark.style(for: .selectionDimmed, depth: depth).underline)
            #expect(Theme.light.style(for: .selectionDimmed, depth: depth).underline)
        }
    }
}
