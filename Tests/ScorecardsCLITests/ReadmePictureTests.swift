import Foundation
import ScorecardsTestSupport
import Testing

/// The README opens with a picture it says is `scorecards dump --size 100x32`; it must be.
@Suite struct ReadmePictureTests {
    @Test func theOpeningPictureIsWhatDumpDraws() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```\n")
        let picture = try #require(blocks.count > 1 ? blocks[1] : nil)
        #expect(readme.contains("That picture is `scorecards dump --size 100x32`"))
        let out = try CommandRunner.run(["dump", "--size", "100x32", "--ambiwidth", "1"])
        #expect(out.status == 0)
        #expect(picture == out.stdout)
    }
}
