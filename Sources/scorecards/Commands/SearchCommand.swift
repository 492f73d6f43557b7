import ArgumentParser
import ScorecardsApp
import ScorecardsCore
import ScorecardsLibrary
import Foundation
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

    @Argument(help: "An issue file. Default: the library (through its index) when it holds issues, else the bundled issue.")
    var path: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: "The library file.")
    var library: String?

    func run() throws {
        if path == nil, let store = try LibrarySource.existing(library) {
            try searchLibrary(store)
            return
        }
        let loaded = try IssueSource.load(path)
        IssueSource.report(loaded)
        let search = IssueSearch(loaded.issue)
        let results = search.index.search(query)
        let articles = loaded.issue.allArticles
        var rows: [JSONValue] = []
        var lines: [String] = []
        for hit in results.hits {
            let article = articles[hit.document]
            let snippet = results.snippet(for: hit, width: IssueLibrary.snippetWidth)
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

    /// Through the library's index: the same hits, order and snippets as a file of the same
    /// issue gives. Lines get a fourth column (and JSON an `issue` object) saying which issue.
    private func searchLibrary(_ store: IssueLibrary) throws {
        let hits: [LibraryHit]
        do { hits = try store.search(query, limit: Int(Int32.max)) } catch { throw LibrarySource.failure(error) }
        if json {
            let rows: [JSONValue] = hits.map { hit in
                .object([
                    ("article", .string(hit.articleID)),
                    ("scorecard", .string(String(hit.articleID.split(separator: "/").first ?? ""))),
                    ("headline", .array(hit.headline.map(JSONValue.string))),
                    ("field", .string(hit.field == .headline ? "headline" : "body")),
                    ("snippet", .string(hit.snippet)),
                    ("issue", .object([("id", .number(Double(hit.issueID))), ("date", .optional(hit.issueDate)),
                                       ("number", .optional(hit.issueNumber))])),
                ])
            }
            Stdout.write(JSONWriter.write(.array(rows)) + "\n")
        } else if !hits.isEmpty {
            let lines = hits.map { hit in
                [hit.articleID, hit.headline.joined(separator: " "), hit.snippet,
                 [hit.issueDate, hit.issueNumber].compactMap { $0 }.joined(separator: " ")].map(Self.cell).joined(separator: "\t")
            }
            Stdout.write(lines.joined(separator: "\n") + "\n")
        }
        if hits.isEmpty { throw ExitCode(1) }
    }

    static func cell(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 }) else { return TerminalSafe.sanitize(text) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.lazy.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
        return TerminalSafe.sanitize(String(out))
    }
}
