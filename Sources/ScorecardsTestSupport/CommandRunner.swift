import Foundation

/// Runs the built `scorecards` binary, for end-to-end tests.
public enum CommandRunner {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// XDG directories that cannot exist (a path below /dev/null, which even root cannot
    /// create), so no user file reaches a test and no test leaves one behind.
    public static let isolatedEnvironment: [String: String] = [
        "XDG_CONFIG_HOME": "/dev/null/scorecards-tests/config",
        "XDG_STATE_HOME": "/dev/null/scorecards-tests/state",
        "XDG_DATA_HOME": "/dev/null/scorecards-tests/data",
        "SCORECARDS_LIBRARY": "/dev/null/scorecards-tests/library.sqlite",
    ]

    /// `SCORECARDS_BIN`, or the debug build in this package.
    public static var binary: String {
        if let path = ProcessInfo.processInfo.environment["SCORECARDS_BIN"], !path.isEmpty { return path }
        return Fixtures.root.appendingPathComponent(".build/debug/scorecards").path
    }

    public static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        // A user's own config, state or library must not change what the tests see.
        for (name, value) in isolatedEnvironment { env[name] = value }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        process.waitUntilExit()
        group.wait()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
