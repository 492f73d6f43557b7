import ArgumentParser
import ScorecardsApp
import ScorecardsCore
import ScorecardsText

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search headlines and text (Chinese, pinyin or initials); headline hits first.",
        discussion: """
        Prints one hit a line: ARTICLE-ID, HEADLINE and SNIPPET separated by tabs; with \
        --json an array of {article, scorecard, headline, field, snippet}. Exits 0 when \
        something matched and 1 when nothing did, as grep does.
        """)

    @Argument(help: "What to look for: 武昌, wuchang, wc, GDP …")
    var query: String

    @Argument(help: "An issue file. Default: the bundled issue.")
    var path: String?

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let loaded = try IssueSource.load(path)
        IssueSource.report(loaded)
        let search = IssueSearch(loaded.issue)
        let results = search.index.search(query)
        let articles = loaded.issue.allArticles
        var rows: [JSONValue] = []
        var lines: [String] = []
        for hit in results.hits {
            let article = articles[hit.document]
            let snippet = results.snippet(for: hit, width: 30)
            let field = if case .headline = hit.field { "headline" } else { "body" }
            if json {
                rows.append(.object([
                    ("article", .string(article.id)),
                    ("scorecard", .string(String(article.id.split(separator: "/").first ?? ""))),
                    ("headline", .array(article.headline.map(JSONValue.string))),
                    ("field", .string(field)),
                    ("snippet", .string(snippet)),
                ]))
            } else {
                // Tabs and line breaks inside text would break the columns; controls must not reach the terminal.
                let cells = [article.id, article.headline.joined(separator: " "), snippet].map(Self.cell)
                lines.append(cells.joined(separator: "\t"))
            }
        }
        if json {
            Stdout.write(JSONWriter.write(.array(rows)) + "\n")
        } else if !lines.isEmpty {
            Stdout.write(lines.joined(separator: "\n") + "\n")
        }
        if results.isEmpty { throw ExitCode(1) }
    }

    static func cell(_ text: String) -> String {
        TerminalSafe.sanitize(String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
