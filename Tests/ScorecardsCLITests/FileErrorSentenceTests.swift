import Foundation
import ScorecardsTestSupport
import Testing

/// A file that cannot be read or is not an issue is named in one sentence, the same in every
/// command: `import` says what `export` says, then that nothing was imported.
@Suite struct FileErrorSentenceTests {
    @Test(arguments: ["missing", "empty", "binary", "notes"])
    func importSaysWhatEveryCommandSays(_ kind: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(kind).txt").path
        switch kind {
        case "empty": try Data().write(to: URL(fileURLWithPath: file))
        case "binary": try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: file))
        case "notes": try "\n\u{3000}\u{3000}今天天气很好。\n".write(toFile: file, atomically: true, encoding: .utf8)
        default: break
        }
        let export = try CommandRunner.run(["export", file])
        let sentence = try #require(export.stderr.split(separator: "\n").first.map(String.init))
        #expect(sentence.contains("'\(file)'"), "\(sentence)")
        let library = directory.appendingPathComponent("library.sqlite").path
        let imported = try CommandRunner.run(["import", file], environment: ["SCORECARDS_LIBRARY": library])
        #expect(imported.status == export.status, "\(imported.stderr)")
        #expect(imported.stderr == sentence + "; nothing was imported\n", "\(imported.stderr)")
    }
}
