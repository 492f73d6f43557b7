import Foundation
import Glibc
import ScorecardsApp
import ScorecardsBundle
import ScorecardsCore
import ScorecardsCorpus
import ScorecardsGrid
import ScorecardsText

// `make bench`: timings on this machine, never a pass/fail test. Every row says what was
// measured and the command that measured it; beside it, the figure a user would compare
// with, measured in the same run.

if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "corpus" {
    exit(CorpusCommand.run(Array(CommandLine.arguments.dropFirst(2))))
}

let issueCount = Int(ProcessInfo.processInfo.environment["BENCH_ISSUES"] ?? "") ?? 1000
let binDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
let scorecards = binDirectory + "/scorecards"
guard access(scorecards, X_OK) == 0 else {
    print("scorecards-bench: \(scorecards) is missing; build it first (make bench does)")
    exit(1)
}
guard let bundled = try? IssueImport.issue(fromJSON: BundledIssue.exportJSON) else {
    print("scorecards-bench: the bundled issue does not load")
    exit(1)
}
let work = FileManager.default.temporaryDirectory.appendingPathComponent("scorecards-bench-\(getpid())").path
try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: work) }
// No user configuration, state or library may colour the figures.
let isolated = ["XDG_CONFIG_HOME": work + "/config", "XDG_STATE_HOME": work + "/state", "XDG_DATA_HOME": work + "/data",
                "SCORECARDS_LIBRARY": work + "/none.sqlite", "LANG": "C.UTF-8", "TERM": "xterm-256color"]

print("scorecards-bench: \(issueCount) generated issues; machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load \(Machine.load)")
print("")
Table.header()

// Text: wrapping every paragraph of the bundled issue at 40 columns, by the Chinese rules.
let paragraphs = bundled.allArticles.flatMap(\.paragraphs)
var lineCount = 0
let wrap = Stopwatch.measure(runs: 50) {
    lineCount = 0
    for p in paragraphs { lineCount += Wrap.lines(p, width: 40).count }
}
Table.row("wrap the bundled issue at 40 columns (\(paragraphs.count) paragraphs, \(lineCount) lines)", wrap,
          target: "—", command: "make bench")

// Frames: the view alone, then the view and the copy into ncurses on a pseudo-terminal.
for size in [Size(width: 120, height: 40), Size(width: 250, height: 70)] {
    let state = AppState(issue: bundled, size: size)
    Table.row("render a dashboard frame \(size)", Stopwatch.measure(runs: 300) { _ = Render.screen(state) },
              target: "—", command: "make bench")
    if let frame = FrameCopy.measure(state: state, runs: 300) {
        Table.row("frame: render and copy to ncurses \(size)", frame, target: size.width == 250 ? "< 2 ms" : "—",
                  command: "make bench")
    }
}

// Start-up to the first frame, against a Foundation hello-world on the same pseudo-terminal.
let hello = Baseline.helloWorld(in: work)
let helloTimes = (0..<15).compactMap { _ in hello.flatMap { Processes.timeToOutput([$0], marker: "hello", width: 120, height: 40) } }
let startTimes = (0..<15).compactMap { _ in
    Processes.timeToOutput([scorecards, "--ambiwidth", "1", "--no-restore"], marker: "B1 发展成绩单  1/5",
                           width: 120, height: 40, environment: isolated)
}
Table.row("start-up to first frame, bundled issue, 120x40", Sample(startTimes),
          baseline: helloTimes.isEmpty ? "—" : "Foundation hello-world: \(Table.format(Sample(helloTimes).median)) ms",
          target: "≤ 2× baseline", command: "scorecards --ambiwidth 1 on a pty")

// Keys on an article of 20,000 paragraphs, and Ctrl-C while its work runs.
LongArticleBench.run(scorecards: scorecards, in: work, environment: isolated)

// The corpus: generated issues, written as files and parsed once for the in-process rows.
let corpus = work + "/corpus"
let files = try CorpusGenerator.writeCorpus(count: issueCount, seed: 2018, to: corpus)
let corpusBytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
let parseStart = Stopwatch.now()
let issues = files.compactMap { try? IssueFile.load(path: $0).issue }
let parseMs = Stopwatch.now() - parseStart
print("")
print("corpus: \(issues.count) issues, \(String(format: "%.1f", Double(corpusBytes) / 1e6)) MB; parsed in \(Int(parseMs)) ms (\(String(format: "%.1f", Double(corpusBytes) / 1e3 / parseMs)) MB/s)")
print("")
Table.header()

// The newest issue is drawn first; the rest load behind it.
let manyStart = (0..<5).compactMap { _ in
    Processes.timeToOutput([scorecards, "--ambiwidth", "1", "--no-restore", corpus], marker: "B1 发展成绩单  1/",
                           width: 120, height: 40, environment: isolated)
}
let manyAll = (0..<3).compactMap { _ in
    Processes.timeToOutput([scorecards, "--ambiwidth", "1", "--no-restore", corpus], marker: "\(issueCount)/\(issueCount)",
                           width: 120, height: 40, environment: isolated)
}
Table.row("start-up to first frame, \(issueCount) issue files, 120x40", Sample(manyStart),
          baseline: helloTimes.isEmpty ? "—" : "hello-world: \(Table.format(Sample(helloTimes).median)) ms",
          target: "≤ 2× baseline", command: "scorecards DIR on a pty")
Table.row("… until all \(issueCount) are loaded and switchable", Sample(manyAll), target: "—", command: "scorecards DIR on a pty")

// Search per keystroke inside the dashboard: typing queries into the prompt.
let queries = ["武", "武昌", "武昌区", "g", "go", "gon", "gong", "gongs", "gongsh", "gongshui", "1060", "GDP", "志愿者", "jj", "zzzq"]
// A keystroke's time is what the user waits for: the update (the search) and the new frame.
func keystrokes(_ state: AppState) -> Sample {
    var times: [Double] = []
    var state = state
    for query in queries {
        _ = Update.apply(.key(.char("/")), to: &state)
        for character in query {
            let start = Stopwatch.now()
            _ = Update.apply(.key(.char(character)), to: &state)
            _ = Render.screen(state)
            times.append(Stopwatch.now() - start)
        }
        _ = Update.apply(.key(.escape), to: &state)
    }
    return Sample(times)
}
var one = AppState(issue: bundled, size: Size(width: 120, height: 40))
_ = one.searchIndex.index
Table.row("search per keystroke in the dashboard, bundled issue", Sample((0..<20).flatMap { _ in keystrokes(one).times }),
          target: "< 2 ms", command: "make bench")
let many = AppState(issues: issues.sortedByDate(), size: Size(width: 120, height: 40))
let indexStart = Stopwatch.now()
_ = many.searchIndex.index
let indexMs = Stopwatch.now() - indexStart
Table.row("search per keystroke in the dashboard, \(issueCount) issues", Sample((0..<3).flatMap { _ in keystrokes(many).times }),
          baseline: "index built once on the first search: \(Int(indexMs)) ms", target: "p99 < 16 ms", command: "make bench")

// Import into the library, against wc -m reading the same files.
let library = work + "/library.sqlite"
let imports = (0..<2).map { round -> Processes.Result in
    try? FileManager.default.removeItem(atPath: library + (round == 0 ? ".unused" : ""))
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: library + suffix) }
    return Processes.run([scorecards, "import", corpus, "--library", library], environment: isolated)
}
let wc = (0..<3).map { _ in Processes.run(["sh", "-c", "cat \(corpus)/*.txt | wc -m"]) }
let importSample = Sample(imports.map(\.milliseconds))
let mbps = Double(corpusBytes) / 1e3 / importSample.median
Table.row("import \(issueCount) issues (\(String(format: "%.1f", Double(corpusBytes) / 1e6)) MB): \(String(format: "%.1f", mbps)) MB/s",
          importSample, baseline: "wc -m: \(Table.format(Sample(wc.map(\.milliseconds)).median)) ms",
          target: "≥ 20 MB/s", command: "scorecards import DIR")

// A whole search command on the library, against grep -rc over the same files.
for query in ["地区生产总值", "武昌", "昙华林历史文化街区"] {
    let ours = (0..<5).map { _ in Processes.run([scorecards, "search", query, "--library", library], environment: isolated) }
    let grep = (0..<5).map { _ in Processes.run(["grep", "-rc", query, corpus]) }
    Table.row("scorecards search \(query) on the library", Sample(ours.map(\.milliseconds)),
              baseline: "grep -rc: \(Table.format(Sample(grep.map(\.milliseconds)).median)) ms",
              target: "faster than grep", command: "scorecards search Q --library L")
}

// Start-up on the library: the newest issue from SQLite first.
let libraryStart = (0..<5).compactMap { _ in
    Processes.timeToOutput([scorecards, "--ambiwidth", "1", "--no-restore", "--library", library], marker: "B1 发展成绩单  1/",
                           width: 120, height: 40, environment: isolated)
}
Table.row("start-up to first frame, library of \(issueCount) issues, 120x40", Sample(libraryStart),
          baseline: helloTimes.isEmpty ? "—" : "hello-world: \(Table.format(Sample(helloTimes).median)) ms",
          target: "≤ 2× baseline", command: "scorecards --library L on a pty")

// Peak memory of the dashboard opened on the files and on the library (every issue
// loaded, as after start-up), measured by GNU time for a process of its own.
let openFiles = Processes.peakMemory([scorecards, "dump", corpus, "--size", "120x40"], environment: isolated)
let openLibrary = Processes.peakMemory([scorecards, "dump", "--library", library, "--size", "120x40"], environment: isolated)
let corpusMB = Double(corpusBytes) / 1e6
Table.memory("peak memory, dashboard on \(issueCount) issue files", kilobytes: openFiles,
             baseline: String(format: "corpus: %.1f MB", corpusMB), target: String(format: "< %.0f MB (3×)", corpusMB * 3),
             command: "scorecards dump DIR --size 120x40")
Table.memory("peak memory, dashboard on the library", kilobytes: openLibrary,
             baseline: String(format: "corpus: %.1f MB", corpusMB), target: String(format: "< %.0f MB (3×)", corpusMB * 3),
             command: "scorecards dump --library L --size 120x40")
