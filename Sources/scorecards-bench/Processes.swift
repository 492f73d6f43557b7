import Foundation
import Glibc

/// Starting programs for the benchmarks: plainly, or on a pseudo-terminal of a given size,
/// with wall time and peak memory taken from the kernel.
enum Processes {
    struct Result {
        var status: Int32
        var milliseconds: Double
        /// Peak resident set size, in kilobytes (getrusage's ru_maxrss).
        var peakKB: Int
        var output: String
    }

    /// Runs `arguments` with output captured (or thrown away) and returns its figures.
    static func run(_ arguments: [String], environment: [String: String] = [:], captureOutput: Bool = false) -> Result {
        var fds: [Int32] = [-1, -1]
        if captureOutput { _ = pipe(&fds) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = Stopwatch.now()
        let pid = spawn(arguments, actions: &actions, environment: environment)
        if captureOutput { close(fds[1]) }
        var output: [UInt8] = []
        if captureOutput {
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                output += buffer[0..<n]
            }
            close(fds[0])
        }
        let (status, usage) = wait(pid)
        return Result(status: status, milliseconds: Stopwatch.now() - start, peakKB: usage.ru_maxrss,
                      output: String(decoding: output, as: UTF8.self))
    }

    /// Peak resident memory in kilobytes, measured by GNU time. (A child's own
    /// ru_maxrss is no good here: Linux carries the parent's high-water mark over the
    /// vfork and exec of posix_spawn, and this process holds a thousand issues.)
    static func peakMemory(_ arguments: [String], environment: [String: String] = [:]) -> Int {
        let result = run(["sh", "-c", "command -v time >/dev/null && exec /usr/bin/time -f '%M' \"$@\" 2>&1 >/dev/null | tail -1", "sh"]
                         + arguments, environment: environment, captureOutput: true)
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Milliseconds from starting `arguments` on a `width`×`height` pseudo-terminal until
    /// its output contains `marker` (nil after `timeout` ms); the program is then ended with SIGTERM.
    static func timeToOutput(_ arguments: [String], marker: String, width: Int, height: Int,
                             environment: [String: String] = [:], timeout: Double = 10_000,
                             redrawEvery: Double? = nil) -> Double? {
        let start = Stopwatch.now()
        guard let program = PtyProgram(arguments, width: width, height: height, environment: environment) else { return nil }
        defer { program.end() }
        return program.waitFor(marker, milliseconds: timeout, redrawEvery: redrawEvery) ? Stopwatch.now() - start : nil
    }

    /// Starts `arguments` on a new `width`×`height` pseudo-terminal, in a session of its own;
    /// returns its PID and the terminal's master side.
    static func startOnPty(_ arguments: [String], width: Int, height: Int,
                           environment: [String: String]) -> (pid: pid_t, master: Int32)? {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addclose(&actions, slave)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A session of its own, so the pty becomes its controlling terminal.
        posix_spawnattr_setflags(&attributes, 0x80)  // POSIX_SPAWN_SETSID, which glibc does not export to Swift
        let pid = spawn(arguments, actions: &actions, attributes: &attributes, environment: environment)
        close(slave)
        return (pid, master)
    }

    private static func spawn(_ arguments: [String], actions: inout posix_spawn_file_actions_t,
                              attributes: UnsafeMutablePointer<posix_spawnattr_t>? = nil,
                              environment: [String: String]) -> pid_t {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], &actions, attributes, &argv, &envp)
        if status != 0 { fatalError("cannot start \(arguments[0]): \(String(cString: strerror(status)))") }
        return pid
    }

    private static func wait(_ pid: pid_t) -> (Int32, rusage) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (code, usage)
    }
}
