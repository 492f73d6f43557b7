import ScorecardsApp
import ScorecardsCore
import Testing

/// The state file keeps places as `[block, offset]`, as it always has: the typed places of
/// the reader convert to it and back at that boundary only.
@Suite struct ReadingMemoryFormatTests {
    func file(_ pair: String) -> String {
        let head = #"{"format":"scorecards-state/1","issues":{"k":{"focus":0,"selections":[],"positions":{"a/0":"#
        return head + pair + "}}}}"
    }

    @Test(arguments: [
        ("[0,2]", ReaderAnchor.heading(row: 2)),
        ("[4,10]", ReaderAnchor.text(ArticlePosition(.paragraph(3), offset: 10))),
        ("[1,0]", ReaderAnchor.text(ArticlePosition(.paragraph(0), offset: 0))),
        ("[-2,5]", ReaderAnchor.text(ArticlePosition(.headline(line: 1), offset: 5))),
    ])
    func placesReadAndWriteAsBefore(_ stored: String, _ anchor: ReaderAnchor) throws {
        let memory = try ReadingMemory.parse(file(stored))
        #expect(memory.issues["k"]?.positions["a/0"] == anchor)
        #expect(memory.json.filter { !$0.isWhitespace }.contains("\"a/0\":" + stored))
        #expect(try ReadingMemory.parse(memory.json) == memory)
    }
}
