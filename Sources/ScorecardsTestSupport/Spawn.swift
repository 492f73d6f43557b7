import CSpawn
import Glibc

/// Runs a program with posix_spawn and waits for it, closing every other descriptor in the
/// child (posix_spawn_file_actions_addclosefrom_np, glibc 2.34). Foundation's Process waits
/// for descriptors that a daemonising child (the tmux server) inherits and never closes, so
/// tmux is started this way.
public enum Spawn {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `arguments` (found on PATH) and returns its exit status and standard output.
    @discardableResult
    public static func run(_ arguments: [String], captureOutput: Bool = true) throws -> (status: Int32, output: String) {
        var fds: [Int32] = [-1, -1]
        if captureOutput, pipe(&fds) != 0 { throw Failure(description: "pipe failed") }
        let pid: pid_t
        do {
            pid = try start(arguments, stdout: captureOutput ? fds[1] : nil)
        } catch {
            if captureOutput { close(fds[0]); close(fds[1]) }
            throw error
        }
        if captureOutput { close(fds[1]) }
        var output: [UInt8] = []
        if captureOutput {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                output += buffer[0..<n]
            }
            close(fds[0])
        }
        return (wait(pid), String(decoding: output, as: UTF8.self))
    }

    /// Starts `arguments` (found on PATH) with standard input and error on /dev/null and
    /// standard output on `stdout` (or /dev/null); `blocking` the signals the child starts
    /// with blocked, as a careless parent would leave them.
    public static func start(_ arguments: [String], stdout: Int32? = nil, blocking: [Int32] = []) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let stdout {
            posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Every descriptor above stderr, in the child, whatever this process has open then
        // (listing them first would race with other threads opening and closing theirs).
        guard scs_addclosefrom(&actions, 3) == 0 else {
            throw Failure(description: "posix_spawn_file_actions_addclosefrom_np failed")
        }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Every signal back to its default and none blocked: a runner that ignores SIGTSTP
        // (as `timeout` and some CI agents do) would otherwise pass that on to tmux and its shells.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), blocked = sigset_t()
        sigfillset(&all)
        sigemptyset(&blocked)
        for signal in blocking { sigaddset(&blocked, signal) }
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &blocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
        guard status == 0 else {
            throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        }
        return pid
    }

    /// Waits for `pid` to end; its exit status, or 128 + the signal that ended it.
    public static func wait(_ pid: pid_t) -> Int32 {
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) < 0 && errno == EINTR {}
        return (waitStatus & 0x7F) == 0 ? (waitStatus >> 8) & 0xFF : 128 + (waitStatus & 0x7F)
    }

    /// Whether `pid` (a child of this process) has ended, reaping it if so: its status then.
    public static func poll(_ pid: pid_t) -> Int32? {
        var waitStatus: Int32 = 0
        guard waitpid(pid, &waitStatus, WNOHANG) == pid else { return nil }
        return (waitStatus & 0x7F) == 0 ? (waitStatus >> 8) & 0xFF : 128 + (waitStatus & 0x7F)
    }
}
