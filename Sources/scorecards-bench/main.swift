import Glibc
import ScorecardsApp
import ScorecardsBundle
import ScorecardsCore
import ScorecardsGrid
import ScorecardsText

// `make bench`: timings on this machine, never a pass/fail test. Each row names the
// command that produced it; run it again to reproduce a figure.
let command = "make bench"

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
