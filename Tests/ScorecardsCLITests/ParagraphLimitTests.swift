import Foundation
import ScorecardsCore
import ScorecardsTestSupport
import Testing

/// A file whose paragraph is longer than a paragraph may be is refused by every command,
/// with one line naming the file, the line and the limit, and the caret at its start.
@Suite struct ParagraphLimitTests {
    @Test(arguments: [["report"], ["export"], ["metrics"], ["search", "武昌"], ["dump", "--size", "80x24"]])
    func aParagraphOverTheLimitIsRefused(_ command: [String]) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("long-paragraph.txt").path
        let length = IssueParser.paragraphLimit * 3
        let text = "发展成绩单:\n\n  标题\n\n  " + String(repeating: "武昌", count: length / 2) + "\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(command + [file])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "scorecards: '\(file)' is not an issue: paragraph too long: \(length) characters, "
                + "the limit is \(IssueParser.paragraphLimit) (line 5, column 3)", "\(result.stderr)")
        #expect(lines.count == 4 && lines[3].isEmpty, "the line, the file's line and the caret: \(lines.count)")
        #expect(lines.dropFirst().first.map { $0.hasPrefix("  5 |   武昌武昌") && $0.count < 120 } == true)
        #expect(lines.dropFirst(2).first == "    |   ^")
        #expect(result.stdout.isEmpty)
    }
}
