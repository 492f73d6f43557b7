import Foundation
import Glibc
import ScorecardsApp
import ScorecardsCore
import ScorecardsCorpus
import ScorecardsGrid

/// The rows measured on a generated corpus of `issueCount` issues: parsing, opening the
/// files, search per keystroke, import, the library's search per query class against
/// grep over the same files, opening the library, and peak memory.
enum CorpusBench {
    /// What the search keystroke rows type, a key at a time: the steps of each query class.
    static let typedQueries = ["武", "武昌", "武昌区", "g", "go", "gon", "gong", "gongs", "gongsh", "gongshui", "1060", "GDP",
                               "志愿者", "jj", "zzzq"]

    static func run(issueCount: Int) {
        let corpus = work + "/corpus-\(issueCount)"
        guard let files = try? CorpusGenerator.writeCorpus(count: issueCount, seed: 2018, to: corpus) else {
            print("scorecards-bench: cannot write the corpus to \(corpus)")
            return
        }
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let corpusBytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        let megabytes = Double(corpusBytes) / 1e6
        let large = issueCount >= 5000

        print("")
        print("\(issueCount) issues, \(String(format: "%.1f", megabytes)) MB; load \(Machine.load)")
        print("")
        Table.header()

        // Parsing in this process, one core; against reading the same files.
        let readStart = Stopwatch.now()
        var readBytes = 0
        for file in files { readBytes += (try? IssueFile.bytes(atPath: file))?.count ?? 0 }
        let readMs = Stopwatch.now() - readStart
        let parseStart = Stopwatch.now()
        let issues = files.compactMap { try? IssueFile.load(path: $0).issue }
        let parseMs = Stopwatch.now() - parseStart
        let parseRate = megabytes / (parseMs / 1e3)
        Table.figure("parse \(issues.count) issues (one core)", value: String(format: "%.1f MB/s", parseRate), runs: 1,
                     baseline: "reading the files: \(Int(readMs)) ms; parsing: \(Int(parseMs)) ms", target: "≥ 50 MB/s",
                     command: "IssueFile.load in-process")

        // The newest issue is drawn first; the rest load behind it.
        let openRuns = large ? 3 : 5
        let manyStart = (0..<openRuns).compactMap { _ in
            Processes.timeToOutput([scorecards, "--ambiwidth", "1", "--no-restore", corpus], marker: "B1 发展成绩单  1/",
                                   width: 120, height: 40, environment: isolated)
        }
        Table.row("start-up to first frame, \(issueCount) issue files, 120x40", Sample(manyStart), baseline: helloBaseline,
                  target: "≤ 1.5×", command: "scorecards DIR on a pty")
        let manyAll = (0..<(large ? 1 : 3)).compactMap { _ in
            Processes.timeToOutput([scorecards, "--ambiwidth", "1", "--no-restore", corpus], marker: "\(issueCount)/\(issueCount)",
                                   width: 120, height: 40, environment: isolated, timeout: 600_000, redrawEvery: 50)
        }
        Table.row("… until all \(issueCount) are loaded and switchable", Sample(manyAll), target: "—",
                  command: "scorecards DIR on a pty, Ctrl-L every 50 ms")

        // Search per keystroke inside the dashboard, on every issue.
        let many = AppState(issues: issues.sortedByDate(), size: Size(width: 120, height: 40))
        let indexStart = Stopwatch.now()
        _ = many.searchIndex.index
        let indexMs = Stopwatch.now() - indexStart
        let perKey = (0..<(large ? 2 : 4)).flatMap { _ in keystrokes(many, prompt: "/", queries: typedQueries) }
        Table.row("search per keystroke in the dashboard, \(issueCount) issues (index built once: \(Int(indexMs)) ms)",
                  Sample(perKey), target: "p99 ≤ 16 ms", command: "make bench")
        _ = consume many

        // Import into the library, against wc -m reading the same files.
        let library = work + "/library-\(issueCount).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: library + suffix) } }
        var importTimes: [Double] = []
        for _ in 0..<(large ? 1 : 2) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: library + suffix) }
            importTimes.append(Processes.run([scorecards, "import", corpus, "--library", library], environment: isolated).milliseconds)
        }
        let wc = Sample((0..<3).map { _ in Processes.run(["sh", "-c", "cat \(corpus)/*.txt | wc -m"]).milliseconds })
        let imported = Sample(importTimes)
        Table.row(String(format: "import \(issueCount) issues: %.1f MB/s", megabytes / (imported.median / 1e3)), imported,
                  baseline: ("wc -m", wc), target: "≥ 20 MB/s (\(Int(megabytes / 20 * 1000)) ms)", command: "scorecards import DIR")

        // The search command on the library, per query class, against grep -rc over the files.
        let target = issueCount >= 10_000 ? "≤ 0.1×" : "≤ 1×"
        for (name, query, grepFor) in searchClasses {
            var ours: [Double] = [], grep: [Double] = []
            var hits = 0
            for round in 0..<5 {
                let result = Processes.run([scorecards, "search", query, "--library", library], environment: isolated,
                                           captureOutput: round == 0)
                if round == 0 { hits = result.output.split(separator: "\n").count }
                ours.append(result.milliseconds)
                grep.append(Processes.run(["grep", "-rc", grepFor, corpus]).milliseconds)
            }
            Table.row("scorecards search \(query) on the library: \(name), \(hits) hits", Sample(ours),
                      baseline: ("grep -rc \(grepFor)", Sample(grep)), target: target, command: "scorecards search Q --library L")
        }

        // Start-up on the library: the newest issue from SQLite first.
        let libraryStart = (0..<openRuns).compactMap { _ in
            Processes.timeToOutput([scorecards, "--ambiwidth", "1", "--no-restore", "--library", library], marker: "B1 发展成绩单  1/",
                                   width: 120, height: 40, environment: isolated)
        }
        Table.row("start-up to first frame, library of \(issueCount) issues, 120x40", Sample(libraryStart),
                  baseline: helloBaseline, target: "≤ 1.5×", command: "scorecards --library L on a pty")

        // Peak memory of the dashboard opened on the files and on the library (every issue
        // loaded, as after start-up), measured by GNU time for a process of its own.
        let openFiles = Processes.peakMemory([scorecards, "dump", corpus, "--size", "120x40"], environment: isolated)
        let openLibrary = Processes.peakMemory([scorecards, "dump", "--library", library, "--size", "120x40"], environment: isolated)
        for (name, kilobytes, command) in [("files", openFiles, "scorecards dump DIR --size 120x40"),
                                           ("library", openLibrary, "scorecards dump --library L --size 120x40")] {
            let peak = Double(kilobytes) * 1024 / 1e6
            Table.figure("peak memory, dashboard on the \(issueCount) issues' \(name)", value: String(format: "%.1f MB", peak), runs: 1,
                         baseline: String(format: "corpus: %.1f MB", megabytes), ratio: String(format: "%.2f×", peak / megabytes),
                         target: "≤ 3×", command: command)
        }
    }
}
