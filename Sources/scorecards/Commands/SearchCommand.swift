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
        something matched and 1 when nothing did, as grep does. With no FILE and no \
        --issue, searches every issue of the library (when it holds any) through its \
        full-text index, and each hit says which issue.
        """)

    @Argument(help: "What to look for: 武昌, wuchang, wc, GDP …")
    var query: String

    /// Without a FILE or --issue, the whole library through its full-text index.
    @OptionGroup var source: IssueChoice

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        if source.path == nil, source.issue == nil, let store = try LibrarySource.existing(source.library) {
            try searchLibrary(store)
            return
        }
        let loaded = try source.load()
        IssueSource.report(loaded)
        let search = IssueSearch(loaded.issue)
        let results = search.index.search(query)
        let articles = loaded.issue.allArticles
        var rows: [JSONValue] = []
        var lines: [String] = []
        for hit in results.hits {
            let article = articles[hit.document]
            let snippet = results.snippet(for: hit, width: IssueLibrary.snippetWidth)
            let field = Self.fieldName(hit.field.part)
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

    /// The contract's name for where a hit lies, from files and from the library alike.
    private static func fieldName(_ part: ArticlePart) -> String { part.isHeadline ? "headline" : "body" }

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
                    ("field", .string(Self.fieldName(hit.field.part))),
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
