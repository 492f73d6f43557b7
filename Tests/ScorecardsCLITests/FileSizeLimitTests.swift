import Foundation
import ScorecardsTestSupport
import Testing

/// A file over 16 MiB is refused before it is read, by every command that reads issues: one
/// line naming the file, its size and the limit, exit 65, nothing printed on stdout.
@Suite struct FileSizeLimitTests {
    /// A sparse file: 200 MiB on paper, no disk used.
    static func hugeFile(in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("发展成绩单:\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        return path
    }

    @Test(arguments: [["report"], ["export"], ["metrics"], ["search", "武昌"], ["dump", "--size", "80x24"], []])
    func aFileOverTheLimitIsRefused(_ command: [String]) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.hugeFile(in: directory)
        // Standard output is a pipe, so the bare command prints the report instead of drawing.
        let result = try CommandRunner.run(command + [file])
        #expect(result.status == 65)
        #expect(result.stderr == "scorecards: '\(file)' is too large: 200 MiB, the limit is 16 MiB\n", "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// Refused before it is read: the process never holds the file (its peak resident memory,
    /// measured by /usr/bin/time, stays far below the file's 200 MiB).
    @Test func theFileIsNotReadIntoMemory() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.hugeFile(in: directory)
        let measure = directory.appendingPathComponent("rss").path
        let environment = CommandRunner.isolatedEnvironment.merging(["LANG": "C.UTF-8"]) { $1 }.map { "\($0.key)=\($0.value)" }
        let result = try Spawn.run(["/usr/bin/env"] + environment.sorted()
                                   + ["/usr/bin/time", "-f", "%M", "-o", measure, CommandRunner.binary, "export", file])
        #expect(result.status == 65)
        // time(1) writes "Command exited with non-zero status 65" first, the figure last.
        let lines = try String(contentsOfFile: measure, encoding: .utf8).split(separator: "\n")
        let kilobytes = try #require(lines.last.flatMap { Int($0) }, "\(lines)")
        #expect(kilobytes < 100_000, "peak \(kilobytes) KiB")
    }

    /// `import` refuses it as well and leaves the library as it was (here: not created).
    @Test func importRefusesItAndWritesNothing() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.hugeFile(in: directory)
        let library = directory.appendingPathComponent("library.sqlite").path
        let result = try CommandRunner.run(["import", "--strict", file], environment: ["SCORECARDS_LIBRARY": library])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr == "scorecards: '\(file)' is too large: 200 MiB, the limit is 16 MiB; nothing was imported\n", "\(result.stderr)")
        let size = (try? FileManager.default.attributesOfItem(atPath: library)[.size] as? Int) ?? 0
        #expect(size < 1_000_000, "library grew to \(size) bytes")
    }
}
