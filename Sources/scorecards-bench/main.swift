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
// with, measured in the same run, and the ratio of the two. Other work on the machine
// slows both sides of a ratio alike; the load average is printed with every section.

Usage.check(Array(CommandLine.arguments.dropFirst()))
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "corpus" {
    exit(CorpusCommand.run(Array(CommandLine.arguments.dropFirst(2))))
}
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "phase" {
    exit(PhaseCommand.run(Array(CommandLine.arguments.dropFirst(2))))
}

/// Corpus sizes, `BENCH_ISSUES="1000 10000"` by default.
let corpusSizes = (ProcessInfo.processInfo.environment["BENCH_ISSUES"] ?? "1000 10000")
    .split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Int($0) }.filter { $0 > 0 }
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

print("scorecards-bench: corpora of \(corpusSizes.map(String.init).joined(separator: " and ")) generated issues; "
      + "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load \(Machine.load)")
print("")
Table.header()

// Text: wrapping every paragraph of the bundled issue at 40 columns, by the Chinese rules.
let paragraphs = bundled.allArticles.flatMap(\.paragraphs)
var lineCount = 0
let wrap = Stopwatch.measure(runs: 100) {
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

// Start-up to the first frame, against a Foundation hello-world on the same pseudo-terminal,
// alternating the two so that a change in the machine's load falls on both.
let hello = Baseline.helloWorld(in: work)
let seedFile = work + "/seed.txt"
try? CorpusGenerator.seedText.write(toFile: seedFile, atomically: true, encoding: .utf8)
var helloTimes: [Double] = [], startTimes: [Double] = [], versionTimes: [Double] = []
for _ in 0..<20 {
    if let hello, let t = Processes.timeToOutput([hello, seedFile], marker: "hello", width: 120, height: 40) { helloTimes.append(t) }
    if let t = Processes.timeToOutput([scorecards, "--ambiwidth", "1", "--no-restore"], marker: "B1 发展成绩单  1/5",
                                      width: 120, height: 40, environment: isolated) { startTimes.append(t) }
    versionTimes.append(Processes.run([scorecards, "--version"], environment: isolated).milliseconds)
}
let helloBaseline = (name: "Foundation hello-world reading the issue", sample: Sample(helloTimes))
Table.row("start-up to first frame, bundled issue, 120x40", Sample(startTimes), baseline: helloBaseline,
          target: "≤ 1.5×", command: "scorecards --ambiwidth 1 on a pty")
Table.row("scorecards --version", Sample(versionTimes), baseline: helloBaseline, target: "—", command: "scorecards --version")

// Keys on an article of 20,000 paragraphs, and Ctrl-C while its work runs.
LongArticleBench.run(scorecards: scorecards, in: work, environment: isolated)

// Per keystroke: the update, the search it asks for (run in line, as the worker would run
// it beside the loop) and the new frame: what the user waits for to see the hits.
func keystrokes(_ state: AppState, prompt: Character, queries: [String]) -> [Double] {
    var times: [Double] = []
    var state = state
    for query in queries {
        _ = Update.apply(.key(.char(prompt)), to: &state)
        for character in query {
            let start = Stopwatch.now()
            _ = Update.run([.key(.char(character))], on: &state)
            _ = Render.screen(state)
            times.append(Stopwatch.now() - start)
        }
        _ = Update.apply(.key(.escape), to: &state)
    }
    return times
}

/// Query classes: two characters (a common word), a rare phrase, pinyin; the
/// literal text grep looks for stands beside each (grep has no pinyin: 供水 for gongshui).
let searchClasses: [(name: String, query: String, grep: String)] = [
    ("two characters", "武昌", "武昌"), ("a rare phrase", "昙华林历史文化街区", "昙华林历史文化街区"), ("pinyin", "gongshui", "供水"),
]

// The figures filter (m, then /, all four scorecards) on the bundled issue, per class.
var figures = AppState(issue: bundled, size: Size(width: 120, height: 40))
// In line, as `dump` does: the table's figures are listed by the work `m` asks for.
_ = Update.run([.key(.char("m")), .key(.char("a"))], on: &figures)
for (name, query) in [("two characters", "投资"), ("a rare phrase", "一般公共预算总收入"), ("pinyin", "touzi")] {
    let times = (0..<40).flatMap { _ in keystrokes(figures, prompt: "/", queries: [query]) }
    Table.row("figures filter per keystroke, \(name) (\(query)), bundled issue", Sample(times), target: "p99 ≤ 16 ms",
              command: "make bench")
}
var one = AppState(issue: bundled, size: Size(width: 120, height: 40))
_ = one.searchIndex.index
Table.row("search per keystroke in the dashboard, bundled issue",
          Sample((0..<20).flatMap { _ in keystrokes(one, prompt: "/", queries: CorpusBench.typedQueries) }),
          target: "< 2 ms", command: "make bench")

for issueCount in corpusSizes {
    CorpusBench.run(issueCount: issueCount)
}
