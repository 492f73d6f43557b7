import Foundation
import ScorecardsTestSupport
import Testing

/// Every key a configuration can bind is the same key in `dump` and in a real terminal:
/// with that key as the only binding of `move-down` on the dashboard, pressing it in tmux
/// moves the selection exactly as `dump --keys` says. A key the terminal decodes as another
/// one (Ctrl-J as Enter, Ctrl-H as Backspace) leaves the selection where it was, or does
/// something else, and the screens differ.
@Suite(.serialized) struct KeyAgreementTerminalTests {
    /// Each key in the notation of `dump --keys` and the config file, and how tmux sends it
    /// (nil: typed literally).
    static let keys: [(notation: String, tmux: String?)] = {
        var keys: [(String, String?)] = [
            ("<Tab>", "Tab"), ("<S-Tab>", "BTab"), ("<CR>", "Enter"), ("<Esc>", "Escape"), ("<BS>", "BSpace"),
            ("<Space>", "Space"), ("<Up>", "Up"), ("<Down>", "Down"), ("<Left>", "Left"), ("<Right>", "Right"),
            ("<PageUp>", "PPage"), ("<PageDown>", "NPage"), ("<Home>", "Home"), ("<End>", "End"),
            ("<Del>", "DC"), ("<Insert>", "IC"),
            ("a", nil), ("Z", nil), ("7", nil), ("<lt>", nil), ("<Bar>", nil), ("<Bslash>", nil), ("中", nil),
        ]
        keys += (1...12).map { ("<F\($0)>", "F\($0)") }
        keys += "abcdefghijklmnopqrstuvwxyz".map { ("<C-\($0)>", "C-\($0)") }
        return keys
    }()

    static let defaultConfiguration = Result { try CommandRunner.run(["config", "--default"]).stdout }

    /// The default configuration with every dashboard action unbound but `move-down`, which
    /// gets `key` alone. Built from `config --default`, so it names the actions there are.
    static func configuration(moveDownOn key: String) throws -> String {
        let defaults = try defaultConfiguration.get()
        var out = "[keys.dashboard]\n"
        var inDashboard = false
        for line in defaults.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("[") { inDashboard = line == "[keys.dashboard]" }
            guard inDashboard, line.hasPrefix("# "), let equals = line.range(of: " = [") else { continue }
            let action = line[line.index(line.startIndex, offsetBy: 2)..<equals.lowerBound]
            let quoted = "\"" + key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            out += "\(action) = [\(action == "move-down" ? quoted : "")]\n"
        }
        return out
    }

    @Test(arguments: keys.map(\.notation))
    func aKeyIsTheSameInDumpAndInATerminal(_ notation: String) throws {
        let tmuxName = Self.keys.first { $0.notation == notation }!.tmux
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("config.toml")
        try Self.configuration(moveDownOn: notation).write(to: config, atomically: true, encoding: .utf8)
        let arguments = ["--size", "80x24", "--ambiwidth", "1", "--config", config.path]
        let first = try CommandRunner.run(["dump", "--keys", ""] + arguments)
        #expect(first.status == 0, "\(notation): \(first.stderr)")
        let moved = try CommandRunner.run(["dump", "--keys", notation] + arguments)
        let expected = moved.stdout.components(separatedBy: "\n").dropLast().map { String($0) }
        #expect(moved.stdout != first.stdout, "\(notation) does not move the selection in dump")
        // tmux's own terminal type: tmux sends Home as ESC [ 1 ~, which xterm's entry lacks.
        let tmux = try Tmux(width: 80, height: 24,
                            command: "\(CommandRunner.binary) --ambiwidth 1 --no-restore --config \(config.path)",
                            environment: ["TERM": "tmux-256color"])
        let firstLines = first.stdout.components(separatedBy: "\n").dropLast().map { String($0) }
        _ = try tmux.waitFor { $0 == firstLines }
        if let tmuxName { try tmux.send(tmuxName) } else { try tmux.type(notation == "<lt>" ? "<" : notation == "<Bar>" ? "|" : notation == "<Bslash>" ? "\\" : notation) }
        let screen = try tmux.waitFor(timeout: 5) { $0 == expected }
        #expect(screen == expected, "\(notation) (tmux \(tmuxName ?? "literal")):\n\(screen.joined(separator: "\n"))")
    }
}
