import ScorecardsApp
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

@Suite struct ReadingMemoryTests {
    func state(_ keys: String) throws -> AppState {
        var state = AppState(issue: try Fixtures.bundled(), size: Size(width: 80, height: 24))
        _ = Update.run(try KeyNotation.parse(keys), on: &state)
        return state
    }

    @Test func anArticleReopensWhereItWasLeft() throws {
        let left = try state("jj<CR><C-d><C-d>")
        guard case .reader(let reader) = left.screen else { Issue.record("not reading"); return }
        let reopened = try state("jj<CR><C-d><C-d>q<CR>")
        guard case .reader(let again) = reopened.screen else { Issue.record("not reading"); return }
        #expect(again.anchor == reader.anchor)
        #expect(again.anchor != .top)
    }

    @Test func placesSurviveASession() throws {
        let first = try state("3jj<CR><C-d>q")
        var memory = ReadingMemory()
        memory.record(first)
        let stored = try ReadingMemory.parse(memory.json)
        #expect(stored == memory)
        var next = AppState(issue: try Fixtures.bundled(), size: Size(width: 80, height: 24))
        stored.restore(into: &next)
        #expect(next.focus == 2)
        #expect(next.panes[2].selection == 2)
        #expect(next.readingPositions == first.readingPositions)
    }

    @Test func damagedStateIsRefused() {
        for text in ["", "{", "[]", "{\"format\":\"other\"}", "{\"format\":\"scorecards-state/1\"}"] {
            #expect(throws: ReadingMemory.Failure.self) { try ReadingMemory.parse(text) }
        }
        // Wrong shapes inside a valid file are skipped, not fatal.
        let odd = #"{"format":"scorecards-state/1","issues":{"x":{"focus":"a"},"y":{"focus":1,"positions":{"a/0":[1]}}}}"#
        #expect((try? ReadingMemory.parse(odd))?.issues.count == 1)
    }
}
