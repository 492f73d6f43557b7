import Foundation
import Glibc
import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid

/// `scorecards-bench phase NAME DIR`: one phase of the corpus rows on its own, on issue
/// files already written (`corpus N DIR`), so that a profiler (`perf record`, `valgrind
/// --tool=callgrind`) can be pointed at that phase. Prints each phase's wall and CPU time
/// (the process's, all threads) and the monotonic clock where it starts and ends, in
/// seconds, for `perf record -k CLOCK_MONOTONIC` and `perf report --time START,END`.
enum PhaseCommand {
    static let phases = ["parse", "index", "keys"]

    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2, phases.contains(arguments[0]), arguments.count == 2 || arguments[0] == "keys" else {
            print("usage: scorecards-bench phase \(phases.joined(separator: "|")) DIRECTORY [QUERY...] (queries for keys only)")
            return 64
        }
        let directory = arguments[1]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            print("scorecards-bench: cannot read \(directory)")
            return 1
        }
        let files = names.filter { $0.hasSuffix(".txt") }.sorted().map { directory + "/" + $0 }
        var issues: [IssueDocument] = []
        timed("parse \(files.count) issues") { issues = files.compactMap { try? IssueFile.load(path: $0).issue } }
        guard arguments[0] != "parse" else { return 0 }

        let state = AppState(issues: issues.sortedByDate(), size: Size(width: 120, height: 40))
        timed("index") { _ = state.searchIndex.index }
        guard arguments[0] != "index" else { return 0 }

        var perQuery: [(String, [Double])] = []
        timed("keys") {
            let queries = arguments.count > 2 ? Array(arguments.dropFirst(2)) : CorpusBench.typedQueries
            perQuery = queries.map { ($0, keystrokes(state, prompt: "/", queries: [$0])) }
        }
        for (query, times) in perQuery {
            print("  \(query): " + times.map { Table.format($0) }.joined(separator: " ") + " ms")
        }
        let times = Sample(perQuery.flatMap(\.1))
        print("keys: median \(Table.format(times.median)) ms, slowest \(Table.format(times.times.last ?? .nan)) ms, \(times.count) keys")
        return 0
    }

    private static func timed(_ name: String, _ body: () -> Void) {
        let start = Stopwatch.now(), cpu = cpuMilliseconds()
        body()
        let end = Stopwatch.now()
        print(String(format: "%@: %.0f ms wall, %.0f ms CPU (monotonic %.3f to %.3f s)", name, end - start,
                     cpuMilliseconds() - cpu, start / 1e3, end / 1e3))
    }

    private static func cpuMilliseconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) * 1e3 + Double(usage.ru_utime.tv_usec) / 1e3
        return user + Double(usage.ru_stime.tv_sec) * 1e3 + Double(usage.ru_stime.tv_usec) / 1e3
    }
}
