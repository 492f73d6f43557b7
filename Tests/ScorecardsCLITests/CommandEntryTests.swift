import Foundation
import ScorecardsTestSupport
import Testing

/// How a command line is taken: every executable answers --help, a usage error is one line,
/// and a mistyped command is named as one rather than read as a missing file.
@Suite struct CommandEntryTests {
    @Test(arguments: [
        (["serch", "供水"], "unknown command 'serch'", "did you mean 'search'?"),
        (["improt", "/tmp"], "unknown command 'improt'", "did you mean 'import'?"),
        (["metircs"], "unknown command 'metircs'", "did you mean 'metrics'?"),
        (["lib"], "unknown command 'lib'", "did you mean 'library'?"),
        (["--lang", "en", "exprot"], "unknown command 'exprot'", "did you mean 'export'?"),
        (["xyzzy"], "unknown command 'xyzzy'", "the commands are export, report, dump, search, metrics, import, library, doctor, config"),
    ])
    func aMistypedCommandIsNamedWithTheNearestOne(_ args: [String], _ named: String, _ hint: String) throws {
        let out = try CommandRunner.run(args)
        #expect(out.status == 64, "\(out.stderr)")
        #expect(out.stdout.isEmpty)
        let lines = out.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "\(out.stderr)")
        #expect(lines[0].hasPrefix("scorecards: \(named)"), "\(out.stderr)")
        #expect(lines[0].contains(hint), "\(out.stderr)")
    }

    /// A word that exists as a file is a file, even when it is spelled like a command; a
    /// missing file name with a dot or a slash is a missing file, as before.
    @Test func anExistingPathIsAFileAndAMissingFileNameStaysAMissingFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: Fixtures.seedPath, toPath: dir.appendingPathComponent("serch").path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandRunner.binary)
        process.arguments = ["serch"]
        process.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        for (name, value) in CommandRunner.isolatedEnvironment { env[name] = value }
        env["LANG"] = "C.UTF-8"
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let report = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: report, as: UTF8.self).contains("B4 稳定成绩单"))

        let missing = try CommandRunner.run(["no-such-issue.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "scorecards: cannot read 'no-such-issue.txt': no such file\n")
        let path = try CommandRunner.run([dir.appendingPathComponent("nothing").path])
        #expect(path.status == 66)
    }

    /// The README promises one line for a usage error; swift-argument-parser's own output is
    /// three (the error, the usage, where to read more).
    @Test(arguments: [
        ["dump", "--size", "eighty"], ["dump", "--size", "80x24", "--keys", "<Nope>"], ["export", "--format", "xml"],
        ["--no-such-flag"], ["search"], ["metrics", "--csv", "--json"], ["config"], ["library", "remove"],
        ["report", "--width", "abc"], ["import"], ["dump", "--size", "80x24", "--theme", "x"],
        ["dump", "--size", "\u{1B}[2J\u{1B}]0;x\u{07}"],
    ])
    func usageErrorsAreOneLine(_ args: [String]) throws {
        let out = try CommandRunner.run(args)
        #expect(out.status == 64, "\(args): \(out.stderr)")
        #expect(out.stdout.isEmpty, "\(args)")
        let lines = out.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "\(args): \(out.stderr)")
        #expect(lines[0].hasPrefix("scorecards: "), "\(args): \(out.stderr)")
        #expect(lines[0].contains("--help"), "\(args): \(out.stderr)")
        #expect(!out.stderr.contains("Usage:") && !out.stderr.contains("USAGE:"), "\(args)")
        #expect(!lines[0].unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(args)")
    }

    @Test(arguments: [[], ["dashboard"], ["export"], ["report"], ["dump"], ["search"], ["metrics"], ["import"],
                      ["library"], ["library", "list"], ["library", "remove"], ["doctor"], ["config"]])
    func everyCommandAnswersHelp(_ command: [String]) throws {
        for flag in ["--help", "-h"] {
            let out = try CommandRunner.run(command + [flag])
            #expect(out.status == 0, "\(command) \(flag): \(out.stderr)")
            #expect(out.stdout.contains("USAGE: scorecards"), "\(command) \(flag)")
            #expect(out.stderr.isEmpty, "\(command) \(flag)")
        }
    }

    /// `scorecards-bench --help` prints its usage and exits; it used to run the whole
    /// benchmark (a thousand generated issues). A stray argument is a usage error.
    @Test func theBenchmarkAnswersHelpWithoutRunning() throws {
        let bench = Fixtures.root.appendingPathComponent(".build/debug/scorecards-bench").path
        try #require(FileManager.default.isExecutableFile(atPath: bench), "build the tests with swift build --build-tests")
        for (args, status) in [(["--help"], Int32(0)), (["-h"], 0), (["--quick"], 64)] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: bench)
            process.arguments = args
            var env = ProcessInfo.processInfo.environment
            env["BENCH_ISSUES"] = "2"
            process.environment = env
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            // Were it to start the benchmark, it would still be running: stop it rather than wait.
            let deadline = Date().addingTimeInterval(20)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            let finished = !process.isRunning
            if !finished { process.terminate() }
            process.waitUntilExit()
            let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(finished, "\(args): still running after 20 s")
            #expect(process.terminationStatus == status, "\(args)")
            #expect(!stdout.contains("generated issues"), "\(args): the benchmark ran")
            if status == 0 {
                #expect(stdout.hasPrefix("usage: scorecards-bench"), "\(args)")
            } else {
                #expect(stderr == "scorecards-bench: unknown argument '--quick'; see scorecards-bench --help\n", "\(args)")
            }
        }
    }
}
