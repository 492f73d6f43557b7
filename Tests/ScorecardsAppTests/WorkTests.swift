import Foundation
import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// Work beside the loop, as the state machine sees it: keys ask for jobs and are answered at
/// once; results come back as events, in any order and late, and are taken in only while
/// the state still wants them.
@Suite struct WorkTests {
    static func state(_ size: Size = Size(width: 100, height: 30)) throws -> AppState {
        AppState(issue: try Fixtures.bundled(), size: size)
    }

    /// Keys through the update alone: the jobs they ask for are returned, not done.
    static func press(_ keys: String, _ state: inout AppState) throws -> [Effect] {
        try KeyNotation.parse(keys).flatMap { Update.apply($0, to: &state) }
    }

    static func jobs(_ effects: [Effect]) -> [Job] {
        effects.compactMap { if case .start(let job) = $0 { job } else { nil } }
    }

    /// Does `job` as the worker would, and hands its result to the update.
    @discardableResult
    static func answer(_ job: Job, _ state: inout AppState) -> [Effect] {
        guard let result = job.run() else { return [] }
        return Update.apply(.worked(result), to: &state)
    }

    @Test func aSearchShowsWhenItIsAnsweredAndOnlyTheNewestIsTakenIn() throws {
        var state = try Self.state()
        let first = Self.jobs(try Self.press("/武", &state))
        #expect(first.count == 1)
        #expect(state.search.outcome == nil)
        #expect(Render.screen(state).lines().last?.contains("搜索中") == true)
        let second = Self.jobs(try Self.press("昌", &state))
        #expect(second.count == 1)
        // The older answer comes late: it is not the search wanted now.
        Self.answer(first[0], &state)
        #expect(state.search.outcome == nil)
        Self.answer(second[0], &state)
        #expect(state.search.outcome?.query == "武昌")
        #expect(state.search.pending == nil)
        #expect(!state.work.isBusy)
        #expect(Render.screen(state).lines().last?.contains("搜索中") == false)
    }

    @Test func enterBeforeTheAnswerGoesToTheFirstHitWhenItComes() throws {
        var state = try Self.state()
        // A job a key: the newest is the one the worker does.
        let jobs = Self.jobs(try Self.press("/供水", &state))
        #expect(jobs.count == 2)
        _ = try Self.press("<CR>", &state)
        #expect(state.prompt == nil)
        // n before the answer says the search is still under way.
        let early = try Self.press("n", &state)
        #expect(early.isEmpty)
        #expect(state.message == "正在搜索，稍候")
        Self.answer(jobs[1], &state)
        var expected = try Self.state()
        _ = Update.run(try KeyNotation.parse("/供水<CR>"), on: &expected)
        #expect(state.search.outcome == expected.search.outcome)
        #expect(state.focus == expected.focus && state.panes == expected.panes)
        #expect(state.search.outcome?.current == 0)
    }

    @Test func escapeBeforeTheAnswerPutsBackWhatWasThereAndDropsIt() throws {
        var state = try Self.state()
        _ = Update.run(try KeyNotation.parse("/供水<CR>"), on: &state)
        let before = state.search.outcome
        let jobs = Self.jobs(try Self.press("/武昌", &state))
        let cancel = try Self.press("<Esc>", &state)
        #expect(cancel.contains(.cancel(.search)))
        #expect(state.search.outcome == before)
        for job in jobs { Self.answer(job, &state) }
        #expect(state.search.outcome == before)
    }

    @Test func aFindIsTakenInByTheReaderThatAskedEvenAfterEnter() throws {
        var state = try Self.state()
        _ = Update.run(try KeyNotation.parse("<CR>"), on: &state)
        let jobs = Self.jobs(try Self.press("/武昌", &state))
        #expect(jobs.map(\.key.slot) == [.find, .find])
        _ = try Self.press("<CR>", &state)
        guard case .reader(let waiting) = state.views.top else { Issue.record("no reader"); return }
        #expect(waiting.marks.isEmpty && waiting.pendingFind?.accepted == true)
        // The older find's answer is not the one wanted; the newer one's is.
        let unanswered = state.views
        Self.answer(jobs[0], &state)
        #expect(state.views == unanswered)
        Self.answer(jobs[1], &state)
        var expected = try Self.state()
        _ = Update.run(try KeyNotation.parse("<CR>/武昌<CR>"), on: &expected)
        #expect(state.views == expected.views)
        guard case .reader(let reader) = state.views.top else { Issue.record("no reader"); return }
        #expect(reader.marks.count > 1 && reader.pendingFind == nil)
    }

    @Test func aFindWithNothingFoundSaysSoWhenItIsAnsweredAfterEnter() throws {
        var state = try Self.state()
        _ = Update.run(try KeyNotation.parse("<CR>"), on: &state)
        let jobs = Self.jobs(try Self.press("/zzzq", &state))
        _ = try Self.press("<CR>", &state)
        #expect(state.message == nil)
        #expect(Self.answer(jobs[jobs.count - 1], &state) == [.bell])
        #expect(state.message == "无匹配")
    }

    @Test func aFindCancelledIsDropped() throws {
        var state = try Self.state()
        _ = Update.run(try KeyNotation.parse("<CR>"), on: &state)
        let before = state.views
        let jobs = Self.jobs(try Self.press("/武昌", &state))
        #expect(try Self.press("<Esc>", &state).contains(.cancel(.find)))
        for job in jobs { Self.answer(job, &state) }
        #expect(state.views == before)
    }

    @Test func theMeasureGivesThePositionAndIsKeptForItsGeometry() throws {
        var state = try Self.state(Size(width: 80, height: 24))
        let opened = Self.jobs(try Self.press("<CR>", &state))
        #expect(opened.map(\.key.slot) == [.measure])
        let waiting = Render.screen(state).lines().last ?? ""
        #expect(waiting.contains("排版中"), "\(waiting)")
        #expect(waiting.hasSuffix("段/共\(state.issue.scorecards[0].articles[0].paragraphs.count)段"), "\(waiting)")
        // How far it has got, as the worker reports it.
        _ = Update.apply(.working(WorkProgress(key: opened[0].key, done: 7, total: 20)), to: &state)
        #expect(Render.screen(state).lines().last?.contains("排版 35%  第") == true, "\(Render.screen(state).lines().last ?? "")")
        Self.answer(opened[0], &state)
        // Then the screen is the one drawn when the work is done in line, as `dump` does.
        var inline = try Self.state(Size(width: 80, height: 24))
        _ = Update.run(try KeyNotation.parse("<CR>"), on: &inline)
        #expect(Render.screen(state) == Render.screen(inline))
        let measured = Render.screen(state).lines().last ?? ""
        #expect(measured.range(of: " [0-9]+/[0-9]+ [0-9]+%$", options: .regularExpression) != nil, "\(measured)")
        // A narrower screen wraps otherwise: measured again; the old measure is not used.
        let narrower = Self.jobs(Update.apply(.resize(Size(width: 60, height: 24)), to: &state))
        #expect(narrower.map(\.key.slot) == [.measure])
        #expect(Render.screen(state).lines().last?.contains("段") == true)
        // Back to the first size: the measure kept for it serves at once.
        let back = Update.apply(.resize(Size(width: 80, height: 24)), to: &state)
        #expect(back.contains(.cancel(.measure)) && Self.jobs(back).isEmpty)
        #expect(Render.screen(state).lines().last == measured)
        // Leaving the article drops its measure under way.
        _ = Self.jobs(Update.apply(.resize(Size(width: 60, height: 24)), to: &state))
        #expect(try Self.press("q", &state).contains(.cancel(.measure)))
        #expect(!state.work.isBusy)
    }

    @Test func nIntoAnotherIssueAsksForItsMarksAndKeepsItsPlace() throws {
        let first = try Fixtures.bundled()
        var second = first
        second.date = "2019-01-15"
        second.number = "2019年第1期"
        var state = AppState(issues: [first, second], size: Size(width: 100, height: 30))
        _ = Update.run(try KeyNotation.parse("/地区生产总值<CR>"), on: &state)
        let outcome = try #require(state.search.outcome)
        // Step until a hit in the other issue.
        let startedIn = state.shown
        var effects: [Effect] = []
        for _ in outcome.stops where state.shown == startedIn { effects = try Self.press("n", &state) }
        #expect(state.shown != startedIn)
        let cover = Self.jobs(effects)
        #expect(cover.map(\.key.slot) == [.search])
        let current = state.search.outcome?.current
        Self.answer(cover[0], &state)
        #expect(state.search.outcome?.issue == state.shown)
        #expect(state.search.outcome?.current == current)
        #expect(state.search.outcome?.stops == outcome.stops)
    }
}
