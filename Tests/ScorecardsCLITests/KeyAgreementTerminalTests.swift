import Foundation
import Synchronization
import ScorecardsTestSupport
import Testing

/// Every key a configuration can bind is the same key in `dump` and in a real terminal:
/// with that key as the only binding of `move-down` on the dashboard, pressing it in tmux
/// moves the selection exactly as `dump --keys` says. A key the terminal decodes as another
/// one (Ctrl-J as Enter, Ctrl-H as Backspace) leaves the selection where it was, or does
/// something else, and the screens differ.
@Suite struct KeyAgreementTerminalTests {
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

    /// Every key, four at a time: each waits on its own terminal far more than it computes.
    @Test func everyKeyIsTheSameInDumpAndInATerminal() throws {
        let keys = Self.keys
        let work = Work()
        let done = DispatchGroup()
        for _ in 0..<4 {
            done.enter()
            Thread.detachNewThread {
                while let index = work.take(below: keys.count) {
                    let problem: String
                    do { problem = try Self.check(keys[index].notation, tmuxName: keys[index].tmux) ?? "" } catch { problem = "\(error)" }
                    work.record(keys[index].notation, problem)
                }
                done.leave()
            }
        }
        done.wait()
        let found = work.results
        for (notation, _) in keys {
            #expect(found[notation] == "", "\(notation): \(found[notation] ?? "not tried")")
        }
    }

    /// The keys still to try and what each gave, shared by the threads trying them.
    final class Work: Sendable {
        private let state = Mutex((next: 0, results: [String: String]()))

        func take(below count: Int) -> Int? {
            state.withLock { state in
                guard state.next < count else { return nil }
                defer { state.next += 1 }
                return state.next
            }
        }

        func record(_ notation: String, _ problem: String) { state.withLock { $0.results[notation] = problem } }

        var results: [String: String] { state.withLock { $0.results } }
    }

    /// Presses `notation` in a terminal as the only move-down key; nil when the screen is
    /// then exactly what `dump` prints, else what went wrong.
    static func check(_ notation: String, tmuxName: String?) throws -> String? {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("config.toml")
        try configuration(moveDownOn: notation).write(to: config, atomically: true, encoding: .utf8)
        let arguments = ["--size", "80x24", "--ambiwidth", "1", "--config", config.path]
        let moved = try CommandRunner.run(["dump", "--keys", notation] + arguments)
        guard moved.status == 0 else { return "dump failed: \(moved.stderr)" }
        let expected = moved.stdout.components(separatedBy: "\n").dropLast().map { String($0) }
        // tmux's own terminal type: tmux sends Home as ESC [ 1 ~, which xterm's entry lacks.
        let tmux = try Tmux(width: 80, height: 24,
                            command: "\(CommandRunner.binary) --ambiwidth 1 --no-restore --config \(config.path)",
                            environment: ["TERM": "tmux-256color"])
        // The first frame, drawn down to the status bar.
        let first = try tmux.waitFor { $0.count == 24 && $0[0].contains("《长江日报城区读本》") && $0[23].contains("B1 发展成绩单") }
        guard first != expected else { return "does not move the selection in dump" }
        if let tmuxName {
            try tmux.send(tmuxName)
        } else {
            try tmux.type(["<lt>": "<", "<Bar>": "|", "<Bslash>": "\\"][notation] ?? notation)
        }
        let screen = try tmux.waitFor(timeout: 5) { $0 == expected }
        return screen == expected ? nil : "tmux \(tmuxName ?? "literal") shows:\n\(screen.joined(separator: "\n"))"
    }

    /// Where terminfo says Backspace sends Ctrl-H (vt100: kbs=^H), the two are one key: with
    /// Backspace as the only move-down key, Ctrl-H moves the selection as `dump` says Backspace does.
    @Test func ctrlHIsBackspaceWhereTerminfoSaysSo() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("config.toml")
        try Self.configuration(moveDownOn: "<BS>").write(to: config, atomically: true, encoding: .utf8)
        let moved = try CommandRunner.run(["dump", "--keys", "<BS>", "--size", "80x24", "--ambiwidth", "1", "--config", config.path])
        let expected = moved.stdout.components(separatedBy: "\n").dropLast().map { String($0) }
        let tmux = try Tmux(width: 80, height: 24,
                            command: "\(CommandRunner.binary) --ambiwidth 1 --no-restore --config \(config.path)",
                            environment: ["TERM": "vt100"])
        let first = try tmux.waitFor { $0.count == 24 && $0[0].contains("《长江日报城区读本》") && $0[23].contains("B1 发展成绩单") }
        #expect(first != expected)
        try tmux.send("C-h")
        let screen = try tmux.waitFor(timeout: 5) { $0 == expected }
        #expect(screen == expected, "\(screen.joined(separator: "\n"))")
    }
}
