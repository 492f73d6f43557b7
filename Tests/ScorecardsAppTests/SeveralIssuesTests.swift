import ScorecardsApp
import ScorecardsCore
import ScorecardsCorpus
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

@Suite struct SeveralIssuesTests {
    static func issues(_ count: Int) throws -> [IssueDocument] {
        try CorpusGenerator.issueTexts(count: count, seed: 11).map { try IssueParser.parse(text: $0).issue }
    }

    @Test func theNewestIsShownAndBracketsSwitch() throws {
        var state = AppState(issues: try Self.issues(3), size: Size(width: 120, height: 40))
        #expect(state.shown == 2)
        _ = Update.run(try KeyNotation.parse("[["), on: &state)
        #expect(state.shown == 0)
        #expect(Update.apply(.key(.char("[")), to: &state) == [.bell])  // nothing older
        _ = Update.run(try KeyNotation.parse("]"), on: &state)
        #expect(state.shown == 1)
        #expect(Render.screen(state).lines()[0].contains("2/3"))
    }

    @Test func eachIssueKeepsItsPlace() throws {
        var state = AppState(issues: try Self.issues(2), size: Size(width: 120, height: 40))
        _ = Update.run(try KeyNotation.parse("3jj[j]"), on: &state)
        #expect(state.shown == 1 && state.focus == 2 && state.panes[2].selection == 2)
        _ = Update.run(try KeyNotation.parse("["), on: &state)
        #expect(state.panes[0].selection == 1)
    }

    @Test func theIssueListOpensTheChosenIssue() throws {
        var state = AppState(issues: try Self.issues(4), size: Size(width: 100, height: 30))
        _ = Update.run(try KeyNotation.parse("ijj<CR>"), on: &state)
        #expect(state.views.top == .dashboard)
        #expect(state.shown == 1)  // newest first in the list: two down is the second oldest
        _ = Update.run(try KeyNotation.parse("i<Esc>"), on: &state)
        #expect(state.views.top == .dashboard && state.shown == 1)
    }

    @Test func keyFiguresFollowTheFigureAcrossIssues() throws {
        var issues = try Self.issues(4)
        // Take 地区生产总值 out of the third issue: its period must show as missing.
        for c in issues[2].scorecards.indices {
            for a in issues[2].scorecards[c].articles.indices {
                issues[2].scorecards[c].articles[a].metrics.removeAll { $0.label == "地区生产总值" }
            }
        }
        let state = AppState(issues: issues, size: Size(width: 120, height: 40))
        let figure = try #require(state.figures.keyFigures[0].first { $0.metric.label == "地区生产总值" })
        let series = try #require(figure.series)
        #expect(series.points.count == 4)
        #expect(series.points[2].value == nil)
        #expect(series.points.allSatisfy { !$0.derived })
        let values = issues.map { issue in
            issue.scorecards[0].articles.flatMap(\.metrics).first { $0.label == "地区生产总值" }?.value
        }
        #expect(series.points.map(\.value) == values)
        let line = Render.screen(state).lines().first { $0.contains("地区生产总值") } ?? ""
        #expect(line.contains("·"))  // the missing glyph
    }

    @Test func searchFindsHitsInOtherIssuesAndShowsThem() throws {
        var state = AppState(issues: try Self.issues(3), size: Size(width: 120, height: 40))
        _ = Update.run(try KeyNotation.parse("/地区生产总值<CR>"), on: &state)
        let outcome = try #require(state.search.outcome)
        #expect(Set(outcome.stops.map(\.issue)).count == 3)
        let before = state.shown
        _ = Update.run(try KeyNotation.parse(String(repeating: "n", count: outcome.stops.count / 2)), on: &state)
        #expect(outcome.stops[state.search.outcome?.current ?? 0].issue == state.shown)
        _ = before
    }
}
