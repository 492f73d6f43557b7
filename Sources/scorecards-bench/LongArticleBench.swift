import Foundation
import ScorecardsApp
import ScorecardsCore
import ScorecardsCorpus
import ScorecardsGrid

/// Keystroke latency on an article far longer than any real one, in a file the program
/// accepts: one article of 20,000 paragraphs. A key's time is what the event loop does for
/// it, the update and the frame after it; the work a key hands to the worker (measuring the
/// article, a search, a find) is timed on its own, as it runs beside the loop. Ctrl-C is
/// timed on a pseudo-terminal, from the key to the end of the process, while that work is
/// under way.
enum LongArticleBench {
    static let size = Size(width: 100, height: 30)

    static func run(scorecards: String, in work: String, environment: [String: String], runs: Int = 5) {
        let text = LongArticle.text()
        let file = work + "/long-article.txt"
        guard (try? text.write(toFile: file, atomically: true, encoding: .utf8)) != nil,
              let issue = try? IssueParser.parse(text: text).issue else {
            print("scorecards-bench: the long article could not be written or read")
            return
        }
        let name = "one article of 20,000 paragraphs (\(String(format: "%.1f", Double(text.utf8.count) / 1e6)) MB)"
        var keys: [String: [Double]] = [:]
        var jobs: [String: [Double]] = [:]
        for _ in 0..<runs {
            var state = AppState(issue: issue, size: size)
            func press(_ group: String, _ notation: String) -> [Job] {
                var started: [Job] = []
                for event in (try? KeyNotation.parse(notation)) ?? [] {
                    let start = Stopwatch.now()
                    let effects = Update.apply(event, to: &state)
                    _ = Render.screen(state)
                    keys[group, default: []].append(Stopwatch.now() - start)
                    started += effects.compactMap { if case .start(let job) = $0 { job } else { nil } }
                }
                return started
            }
            // As the worker does them: of the jobs of one kind, the newest only.
            func finish(_ group: String, _ started: [Job]) {
                let newest = started.enumerated().filter { i, job in !started[(i + 1)...].contains { $0.key.slot == job.key.slot } }
                for job in newest.map(\.element) {
                    let start = Stopwatch.now()
                    guard let result = job.run() else { continue }
                    jobs[group, default: []].append(Stopwatch.now() - start)
                    let taken = Stopwatch.now()
                    _ = Update.apply(.worked(result), to: &state)
                    _ = Render.screen(state)
                    keys["taking in a result", default: []].append(Stopwatch.now() - taken)
                }
            }
            let measuring = press("Enter: open the article", "<CR>")
            _ = press("G before the article is measured", "G")
            finish("measuring the article at 100 columns", measuring)
            _ = press("scrolling: j k PgDn PgUp C-d C-u G g", "jk<PageDown><PageUp><C-d><C-u>Gg")
            _ = press("/ in the reader", "/")
            let finding = press("a search key (find in the article)", "武昌")
            finish("the first find: index and matches", finding)
            _ = press("Enter n N: the find's matches", "<CR>nnN")
            _ = press("Esc: back to the dashboard", "<Esc>")
            _ = press("/ on the dashboard", "/")
            let searching = press("a search key (search the issue)", "区委")
            finish("a search once the index is built", searching)
            _ = press("Ctrl-C", "<Esc><C-c>")
        }
        for group in ["Enter: open the article", "G before the article is measured", "scrolling: j k PgDn PgUp C-d C-u G g",
                      "a search key (find in the article)", "a search key (search the issue)", "Enter n N: the find's matches",
                      "taking in a result",
                      "Ctrl-C"] {
            Table.row("key on \(name): \(group)", Sample(keys[group] ?? []), target: "< 100 ms",
                      command: "update and frame, as the loop does")
        }
        for group in ["measuring the article at 100 columns", "the first find: index and matches", "a search once the index is built"] {
            Table.row("beside the loop, \(name): \(group)", Sample(jobs[group] ?? []), target: "—", command: "a job on the worker")
        }
        let arguments = [scorecards, "--ambiwidth", "1", "--no-restore", file]
        var startup: [Double] = [], opening: [Double] = [], quitting: [Double] = []
        for _ in 0..<runs {
            let start = Stopwatch.now()
            guard let program = PtyProgram(arguments, width: size.width, height: size.height, environment: environment) else { continue }
            defer { program.end() }
            guard program.waitFor("两万段的长文", milliseconds: 30_000) else { continue }
            startup.append(Stopwatch.now() - start)
            // Open the article: it is being measured beside the loop when Ctrl-C comes.
            let enter = Stopwatch.now()
            program.send("\r")
            guard program.waitFor("共20000段", milliseconds: 5_000) else { continue }
            opening.append(Stopwatch.now() - enter)
            program.send("\u{3}")
            if let exit = program.timeToExit(milliseconds: 10_000) { quitting.append(exit) }
        }
        Table.row("start-up to first frame, \(name), \(size)", Sample(startup), target: "—", command: "scorecards FILE on a pty")
        Table.row("Enter to the first page of the article on screen", Sample(opening), target: "< 100 ms",
                  command: "scorecards FILE on a pty")
        Table.row("Ctrl-C to the end of the process while the article is measured", Sample(quitting), target: "< 1000 ms",
                  command: "scorecards FILE on a pty")
    }
}
