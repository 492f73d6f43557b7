import Glibc
import ScorecardsApp
import ScorecardsBundle
import ScorecardsCore
import ScorecardsGrid
import ScorecardsText
import ScorecardsCorpus
import Foundation

// `make bench`: timings on this machine, never a pass/fail test. Each row names the
// command that produced it; run it again to reproduce a figure.
let command = "make bench"

if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "corpus" {
    exit(CorpusCommand.run(Array(CommandLine.arguments.dropFirst(2))))
}

guard let issue = try? IssueImport.issue(fromJSON: BundledIssue.exportJSON) else {
    print("scorecards-bench: the bundled issue does not load")
    exit(1)
}

Table.header()

// Wrapping every paragraph of the bundled issue at 40 columns (the reader's Chinese rules).
let paragraphs = issue.allArticles.flatMap(\.paragraphs)
var lineCount = 0
let wrap = Stopwatch.measure(runs: 50) {
    lineCount = 0
    for p in paragraphs { lineCount += Wrap.lines(p, width: 40).count }
}
Table.row("wrap bundled issue at 40 columns (\(paragraphs.count) paragraphs, \(lineCount) lines)", wrap, command: command)

// A frame: render the state to a grid (the copy to the terminal is measured separately).
for size in [Size(width: 120, height: 40), Size(width: 250, height: 70)] {
    let state = AppState(issue: issue, size: size)
    let frame = Stopwatch.measure(runs: 200) { _ = Render.screen(state) }
    Table.row("render dashboard \(size)", frame, command: command)
}

// Parsing (with metric extraction) over generated issues, the bulk of an import.
do {
    let texts = CorpusGenerator.issueTexts(count: 100, seed: 2018).map { Array($0.utf8) }
    let bytes = texts.reduce(0) { $0 + $1.count }
    let parse = Stopwatch.measure(runs: 3, warmup: 1) {
        for t in texts { _ = try? IssueParser.parse(bytes: t) }
    }
    let mbps = Double(bytes) / 1e6 / (parse.median / 1000)
    Table.row("parse 100 generated issues (\(bytes / 1000) kB): \(String(format: "%.1f", mbps)) MB/s", parse, command: command)
}
