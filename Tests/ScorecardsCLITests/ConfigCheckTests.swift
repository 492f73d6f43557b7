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

    @Test func ctrlJIsAKeyOfItsOwnAndCtrlMIsEnter() throws {
        // Ctrl-J sends a line feed and Enter a carriage return: two keys, nothing to warn about.
        let (own, ownPath) = try check("[keys.dashboard]\nmove-down = [\"<C-j>\"]\n")
        #expect(own.status == 0)
        #expect(own.stderr.isEmpty)
        #expect(own.stdout == "\(ownPath): ok\n")
        // Ctrl-M is Enter's byte: said so, with the line.
        let (alias, aliasPath) = try check("[keys.reader]\n\nnext-article = [\"<C-m>\"]\n")
        #expect(alias.status == 0)
        #expect(alias.stderr == "scorecards: warning: config '\(aliasPath)' line 3: <C-m> is <CR> to a terminal (the same byte): 'next-article' in [keys.reader] is bound to <CR>\n")
        // Where Enter already does something else, it is a conflict, named as written.
        let (clash, clashPath) = try check("[keys.dashboard]\nmove-down = [\"<C-m>\"]\n")
        #expect(clash.status == 78)
        #expect(clash.stderr == "scorecards: config '\(clashPath)' line 2: key <C-m> (<CR> to a terminal) would do both 'move-down' and 'open' in [keys.dashboard]; rebind one of them\n")
    }

    @Test func noWayToQuitIsRefused() throws {
        let (out, path) = try check("[keys.dashboard]\nquit = []\n[keys.global]\nforce-quit = []\n")
        #expect(out.status == 78)
        #expect(out.stderr == "scorecards: config '\(path)' line 4: no key would quit: bind 'quit' in [keys.dashboard] or 'force-quit' in [keys.global]\n")
        #expect(out.stdout.isEmpty)
    }
}
