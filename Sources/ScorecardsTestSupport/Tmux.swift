import Foundation

/// A tmux server of its own for one test: a real terminal with a pinned size, locale,
/// TERM and ESCDELAY, driven with send-keys and read with capture-pane.
public final class Tmux {
    public let socket: String
    public let session = "t"

    public init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        socket = "scorecards-test-\(UUID().uuidString.prefix(8))"
        var env = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "ESCDELAY": "25"]
        for (k, v) in CommandRunner.isolatedEnvironment { env[k] = v }
        for (k, v) in environment { env[k] = v }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        // The shell outlives the program, so the test can see its exit status and terminal modes.
        // The test runner's own NO_COLOR (swift test sets it) must not reach the program.
        let unset = environment["NO_COLOR"] == nil ? "-u NO_COLOR " : ""
        let script = "env \(unset)\(assignments) \(command); echo EXIT=$?; stty -a | tr ';' '\\n' | grep -Eo '(-)?(icanon|echo)\\b' | tr '\\n' ' '; echo; sleep 600"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "sh", "-c", script], output: false)
        // Esc must reach the program at once, not after tmux's own escape delay.
        try tmux(["set-option", "-s", "escape-time", "0"])
    }

    /// An interactive shell with job control, for Ctrl-Z and `fg`; commands are typed into it.
    public init(width: Int, height: Int, interactiveShellWith environment: [String: String] = [:]) throws {
        socket = "scorecards-test-\(UUID().uuidString.prefix(8))"
        var env = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "ESCDELAY": "25", "PS1": "$ "]
        for (k, v) in CommandRunner.isolatedEnvironment { env[k] = v }
        for (k, v) in environment { env[k] = v }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
                  "env \(assignments) bash --norc --noprofile -i"], output: false)
        try tmux(["set-option", "-s", "escape-time", "0"])
    }

    /// kill-session ends the server with its last session (kill-server alone has been seen to
    /// leave tmux 3.3a running).
    deinit {
        _ = try? tmux(["kill-session", "-t", session], output: false)
        _ = try? tmux(["kill-server"], output: false)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a tmux command against this test's own server.
    @discardableResult
    public func tmux(_ args: [String], output: Bool = true) throws -> String {
        try Spawn.run(["tmux", "-L", socket] + args, captureOutput: output).output
    }

    /// Keys in tmux's names: `j`, `Enter`, `Escape`, `C-d`, `Tab`, `BTab`.
    public func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// Text typed literally (Chinese included).
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen, each line with trailing spaces trimmed.
    public func capture() throws -> [String] {
        let text = try tmux(["capture-pane", "-p", "-t", session])
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { line in
            var l = line
            while l.hasSuffix(" ") { l.removeLast() }
            return l
        }
    }

    /// The visible screen with colours and attributes as escape sequences.
    public func captureStyled() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", session])
    }

    public func title() throws -> String {
        try tmux(["display-message", "-p", "-t", session, "#{pane_title}"]).trimmingCharacters(in: .newlines)
    }

    public func pid() throws -> Int32 {
        Int32(try tmux(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// The process the pane's shell started: the program under test, which a test signals
    /// by this PID (never by a name pattern, which could reach another test's program).
    /// Read from /proc, waiting until the shell has started it.
    public func programPID(timeout: Double = 15) throws -> Int32 {
        let shell = try pid()
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let first = children.split(separator: " ").first, let child = Int32(first) { return child }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        throw Spawn.Failure(description: "the pane's shell (\(shell)) started no program")
    }

    /// Whether process `pid` has ended (gone, or a zombie no one has reaped yet).
    public static func hasEnded(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        // The state follows the command name, which is in parentheses and may hold spaces.
        guard let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    /// Polls until the screen satisfies `condition`, up to `timeout` seconds; returns the last capture.
    @discardableResult
    public func waitFor(timeout: Double = 15, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !condition(screen), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            screen = try capture()
        }
        return screen
    }
}
