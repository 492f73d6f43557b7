import Foundation
import Glibc

/// A shell command line on a pseudo-terminal of its own (util-linux `script`), which records
/// every byte the program writes there and, unlike tmux, never answers a terminal query.
public enum Pty {
    public struct Run: Sendable {
        public var status: Int32
        public var written: [UInt8]
        public var milliseconds: Double
        public var text: String { String(decoding: written, as: UTF8.self) }
    }

    /// Runs `command` with the tests' isolated environment plus `environment`, every signal
    /// at its default and none blocked but `blocking`; stopped after `timeout` seconds (a
    /// dashboard that started would wait for keys).
    public static func run(_ command: String, environment: [String: String] = [:], timeout: Double = 15,
                           blocking: [Int32] = []) throws -> Run {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("typescript")
        var env = ProcessInfo.processInfo.environment
        for (name, value) in CommandRunner.isolatedEnvironment { env[name] = value }
        env["LANG"] = "C.UTF-8"
        env["NO_COLOR"] = nil
        for (name, value) in environment { env[name] = value }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let start = Date()
        let pid = try Spawn.start(["env", "-i"] + assignments + ["script", "-q", "-e", "-c", command, log.path], blocking: blocking)
        let deadline = start.addingTimeInterval(timeout)
        var status = Spawn.poll(pid)
        while status == nil, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.005)
            status = Spawn.poll(pid)
        }
        let elapsed = Date().timeIntervalSince(start) * 1000
        if status == nil {
            // SIGKILL: `blocking` may hold SIGTERM back. The program on the pty then loses
            // its terminal and ends by that.
            kill(pid, SIGKILL)
            status = Spawn.wait(pid)
        }
        let bytes = Array((try? Data(contentsOf: log)) ?? Data())
        return Run(status: status ?? -1, written: bytes, milliseconds: elapsed)
    }
}
