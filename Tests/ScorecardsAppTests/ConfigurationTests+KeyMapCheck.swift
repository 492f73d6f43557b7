import ScorecardsApp
import Testing

/// What `config --check` says about [keys] tables: refusals that name the line, and
/// warnings for keys taken twice or that a terminal cannot tell apart.
extension ConfigurationTests {
    func warnings(_ text: String) throws -> [Configuration.Failure] {
        try Configuration.parse(text).keyWarnings()
    }

    @Test(arguments: [
        ("[keys.dashboard]\nquit = []\n[keys.global]\nforce-quit = []\n", 4,
         "no key would quit: bind 'quit' in [keys.dashboard] or 'force-quit' in [keys.global]"),
        ("[keys.reader]\nback = []\n\n[keys.global]\nforce-quit = []\n", 5,
         "no key would leave [keys.reader]: bind 'back' there or 'force-quit' in [keys.global]"),
        ("[keys.prompt]\ncancel = []\naccept = []\n", 3,
         "no key would leave [keys.prompt]: bind 'cancel' there or 'accept' there"),
        ("[keys.metrics]\nback = [\"x\"]\n[keys.global]\nforce-quit = []\n", -1, ""),
    ])
    func aKeyMapWithNoWayOutIsRefused(_ text: String, _ line: Int, _ message: String) {
        let error = failure(text)
        switch line {
        case -1: #expect(error == nil)
        default:
            #expect(error?.line == line)
            #expect(error?.message == message)
        }
    }

    @Test func quittingFromTheDashboardThroughAGlobalKeyIsEnough() throws {
        _ = try Configuration.parse("[keys.dashboard]\nquit = []\n")
        _ = try Configuration.parse("[keys.global]\nforce-quit = []\n")
        // Q is typed text in a prompt; Ctrl-C there cancels, which also leaves it.
        _ = try Configuration.parse("[keys.prompt]\ncancel = []\n")
    }

    @Test func keysATerminalCannotTellApartAreWarnedAbout() throws {
        // Ctrl-H is Backspace on terminals whose Backspace sends ^H (vt100).
        let found = try warnings("[keys.dashboard]\n\nmove-down = [\"<C-h>\"]\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message == "<C-h> and <BS> cannot be told apart by some terminals: in [keys.dashboard] <C-h> is bound to 'move-down' but may arrive as <BS>, which does nothing")
        // Chords that are a named key's byte are bound as that key, and said so.
        for (key, named) in [("<C-m>", "<CR>"), ("<C-i>", "<Tab>")] {
            let text = "[keys.reader]\nnext-article = [\"\(key)\"]\n"
            #expect(try warnings(text).contains { $0.message.hasPrefix("\(key) is \(named) to a terminal") }, "\(key)")
        }
        // Ctrl-J is a line feed, Enter a carriage return: two keys.
        #expect(try warnings("[keys.dashboard]\nmove-down = [\"<C-j>\"]\n").isEmpty)
        // Both bound to the same action: nothing to tell apart.
        #expect(try warnings("[keys.dashboard]\nopen = [\"<BS>\", \"<C-h>\"]\n").isEmpty)
    }

    @Test func keysTakenTwiceAreWarnedAbout() throws {
        let hidden = try warnings("[keys.dashboard]\nzoom = [\"?\"]\n")
        #expect(hidden.map(\.message) == ["key ? is taken twice: 'zoom' in [keys.dashboard] hides 'help' of [keys.global] there"])
        #expect(hidden.first?.line == 2)
        let global = try warnings("[keys.global]\nredraw = [\"z\"]\n")
        #expect(global.map(\.message) == ["key z is taken twice: 'zoom' in [keys.dashboard] hides 'redraw' of [keys.global] there"])
        #expect(global.first?.line == 2)
        let listed = try warnings("[keys.reader]\nmove-down = [\"j\", \"<Down>\", \"j\"]\n")
        #expect(listed.map(\.message) == ["key j is listed twice for 'move-down' in [keys.reader]"])
        // What the standard map does on purpose (Ctrl-C cancels a prompt) is not warned about.
        #expect(try warnings("[display]\ntheme = \"dark\"\n").isEmpty)
    }
}
