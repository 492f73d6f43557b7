import Foundation
import ScorecardsCorpus
import ScorecardsTestSupport
import Testing

/// `import` draws a progress bar on stderr when stderr is a terminal and the work takes more
/// than a moment, and clears it when done; into a pipe it writes none.
@Suite struct ImportProgressTests {
    @Test func aBarOnATerminalAndNoneIntoAPipe() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("corpus").path
        _ = try CorpusGenerator.writeCorpus(count: 30, seed: 11, to: corpus)

        let onTerminal = directory.appendingPathComponent("terminal.sqlite").path
        let run = try Pty.run("\(CommandRunner.binary) import \(corpus)", environment: ["SCORECARDS_LIBRARY": onTerminal], timeout: 120)
        #expect(run.status == 0, "\(run.text)")
        let bar = run.text.range(of: #"\rimporting \[[#-]{30}\] \d+/30 "#, options: .regularExpression)
        #expect(bar != nil, "\(run.text.debugDescription)")
        // Cleared before the summary: a carriage return and erase-line after the last bar.
        #expect(run.text.contains("\r\u{1B}[K"), "\(run.text.debugDescription)")
        #expect(run.text.contains("imported 30 issues"))

        let intoPipe = try CommandRunner.run(["import", corpus],
                                             environment: ["SCORECARDS_LIBRARY": directory.appendingPathComponent("pipe.sqlite").path])
        #expect(intoPipe.status == 0)
        #expect(!intoPipe.stderr.contains("importing ["), "\(intoPipe.stderr)")
        #expect(intoPipe.stdout.hasPrefix("imported 30 issues"))
    }
}
