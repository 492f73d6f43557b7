import CSpawn
import Foundation
import Glibc

/// A pseudo-terminal the test plays the terminal of: the program runs on its other end,
/// everything it writes is kept, and the questions a terminal is asked are answered as the
/// test says (the background colour for OSC 11, the cursor position for CPR, the device
/// attributes for DA1), or left unanswered.
public final class AnsweringTerminal {
    public struct Answers: Sendable {
        /// The reply to `ESC ] 11 ; ? BEL`, such as `rgb:ffff/ffff/ffff`; nil: no reply.
        public var background: String?
        /// Reply to DA1 (`ESC [ c`), as every terminal does.
        public var deviceAttributes = true
        /// The column the cursor is at after the ambiguous-width probe's `“`: 2 or 3.
        public var cursorColumn = 2

        /// Keys typed just before the first answer, as a user quick off the mark would.
        public var typedFirst = ""

        public init(background: String?, deviceAttributes: Bool = true, cursorColumn: Int = 2, typedFirst: String = "") {
            self.background = background
            self.deviceAttributes = deviceAttributes
            self.cursorColumn = cursorColumn
            self.typedFirst = typedFirst
        }
    }

    private let master: Int32
    private let pid: pid_t
    private let answers: Answers
    /// Everything the program wrote.
    public private(set) var output: [UInt8] = []
    private var answered = 0
    private var exitStatus: Int32?

    public init(_ arguments: [String], environment: [String: String], answers: Answers, width: Int = 80, height: Int = 24) throws {
        self.answers = answers
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Spawn.Failure(description: "no pseudo-terminal") }
        self.master = master
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        guard scs_addclosefrom(&actions, 3) == 0 else {
            close(master)
            close(slave)
            throw Spawn.Failure(description: "posix_spawn_file_actions_addclosefrom_np failed")
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A session of its own, so the pty is its controlling terminal (/dev/tty works).
        posix_spawnattr_setflags(&attributes, 0x80)  // POSIX_SPAWN_SETSID, which glibc does not export to Swift
        var env = ["LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
        var merged = CommandRunner.isolatedEnvironment
        for (k, v) in environment { merged[k] = v }
        env += merged.map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, arguments[0], &actions, &attributes, &argv, &envp)
        close(slave)
        guard status == 0 else {
            close(master)
            throw Spawn.Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        }
        pid = child
    }

    /// Reads and answers until `done` holds for the output so far, the program ends, or
    /// `timeout` seconds pass; returns whether `done` held.
    @discardableResult
    public func run(timeout: Double = 10, until done: ([UInt8]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            if done(output) { return true }
            var waitFor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&waitFor, 1, 50) > 0 {
                let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if n > 0 {
                    output += buffer[0..<n]
                    answer()
                    continue
                }
            }
            if exited() { return done(output) }
        }
        return done(output)
    }

    /// Types `text` at the keyboard.
    public func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits for the program to end (SIGKILL after `timeout` seconds); its exit status.
    @discardableResult
    public func finish(timeout: Double = 10) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while !exited(), Date() < deadline {
            run(timeout: 0.05) { _ in false }
        }
        if !exited() {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            exitStatus = 128 + SIGKILL
        }
        return exitStatus ?? -1
    }

    public var text: String { String(decoding: output, as: UTF8.self) }

    /// How often the program asked for the background colour.
    public var backgroundQuestions: Int { count(Array("\u{1B}]11;?".utf8)) }

    private func exited() -> Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return false }
        exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return true
    }

    private func count(_ needle: [UInt8]) -> Int {
        var n = 0, from = output.startIndex
        while let range = output[from...].firstRange(of: needle) {
            n += 1
            from = range.upperBound
        }
        return n
    }

    /// Answers each question once, in the order asked.
    private func answer() {
        var questions: [(Int, [UInt8])] = []
        func find(_ needle: String, _ reply: String?) {
            var from = output.startIndex
            while let range = output[from...].firstRange(of: Array(needle.utf8)) {
                if let reply { questions.append((range.lowerBound, Array(reply.utf8))) }
                from = range.upperBound
            }
        }
        find("\u{1B}]11;?", answers.background.map { "\u{1B}]11;\($0)\u{07}" })
        find("\u{1B}[6n", "\u{1B}[1;\(answers.cursorColumn)R")
        find("\u{1B}[c", answers.deviceAttributes ? "\u{1B}[?62;22c" : nil)
        questions.sort { $0.0 < $1.0 }
        if answered == 0, !questions.isEmpty, !answers.typedFirst.isEmpty { type(answers.typedFirst) }
        for (_, reply) in questions.dropFirst(answered) {
            _ = reply.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }
        answered = max(answered, questions.count)
    }

    deinit {
        if !exited() { kill(pid, SIGKILL); var s: Int32 = 0; waitpid(pid, &s, 0) }
        close(master)
    }
}
