import Foundation
import ScorecardsTestSupport
import Testing

/// `config --check` on [keys] tables, end to end: refusals exit 78 with the line, warnings
/// go to stderr and the file is still accepted.
@Suite struct ConfigCheckTests {
    func check(_ text: String) throws -> (CommandRunner.Output, String) {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("config.toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (try CommandRunner.run(["config", "--check", file.path]), file.path)
    }

    @Test func theDefaultFileChecksWithoutAWord() throws {
        let text = try CommandRunner.run(["config", "--default"]).stdout
        let (out, path) = try check(text)
        #expect(out.status == 0)
        #expect(out.stderr.isEmpty)
        #expect(out.stdout == "\(path): ok\n")
    }

    @Test func ctrlJForMovingIsWarnedAboutWithItsLine() throws {
        let (out, path) = try check("[keys.dashboard]\nmove-down = [\"<C-j>\"]\n")
        #expect(out.status == 0)
        #expect(out.stderr == "scorecards: warning: config '\(path)' line 2: <C-j> and <CR> cannot be told apart by a terminal: in [keys.dashboard] <C-j> is bound to 'move-down' but may arrive as <CR>, which does 'open'\n")
        #expect(out.stdout == "\(path): ok\n")
    }

    @Test func noWayToQuitIsRefused() throws {
        let (out, path) = try check("[keys.dashboard]\nquit = []\n[keys.global]\nforce-quit = []\n")
        #expect(out.status == 78)
        #expect(out.stderr == "scorecards: config '\(path)' line 4: no key would quit: bind 'quit' in [keys.dashboard] or 'force-quit' in [keys.global]\n")
        #expect(out.stdout.isEmpty)
    }
}
