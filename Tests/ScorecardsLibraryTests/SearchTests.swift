import Foundation
import ScorecardsCore
import ScorecardsCorpus
import Testing
@testable import ScorecardsLibrary

@Suite struct SearchTests {
    let directory: TempDirectory
    let library: IssueLibrary
    let seed: IssueDocument
    let seedID: Int64

    init() throws {
        directory = try TempDirectory()
        library = try IssueLibrary(path: directory.file("library.sqlite"))
        let report = try library.import(paths: [try directory.writeSeed()])
        seedID = try #require(report.added.first?.id)
        seed = try library.load(id: seedID)
    }

    private func found(_ query: String) throws -> Set<String> {
        Set(try library.search(query, limit: 10_000).map { hit in
            switch hit.field {
            case .headline: "\(hit.articleID)#h"
            case .paragraph(let index): "\(hit.articleID)#\(index)"
            }
        })
    }

    /// Every passage that contains the term, and no other, for index and fallback alike.
    @Test(arguments: ["武昌区", "地区生产总值", "GDP", "gdp", "武", "武昌", "昙华", "PM", "pm", "%", "亿元", "成绩单"])
    func findsExactlyThePassagesContainingTheTerm(term: String) throws {
        let expected = Fixtures.passages(of: seed, containing: term)
        #expect(try found(term) == expected)
        if ["武昌区", "GDP", "武", "武昌", "昙华"].contains(term) { #expect(!expected.isEmpty) }
    }

    @Test func headlinesAreFoundAsHeadlines() throws {
        let hits = try library.search("稳定", limit: 1000)
        #expect(hits.contains { $0.articleID == "stability/0" && $0.field == .headline })
        let long = try library.search("昙华林历史文化街区", limit: 10)
        #expect(long.contains { $0.field == .headline && $0.articleID.hasPrefix("party-building/") })
    }

    @Test func everyTermMustMatch() throws {
        let both = Fixtures.passages(of: seed, containing: "武昌").intersection(Fixtures.passages(of: seed, containing: "GDP"))
        #expect(!both.isEmpty)
        #expect(try found("武昌 GDP") == both)
        #expect(try found("GDP　武昌") == both, "an ideographic space separates terms too")
        let three = Fixtures.passages(of: seed, containing: "地区生产总值").intersection(Fixtures.passages(of: seed, containing: "亿"))
        #expect(try found("地区生产总值 亿") == three)
        #expect(try found("武昌区 没有这个词语") == [])
    }

    @Test func snippetsMarkTheMatch() throws {
        for query in ["地区生产总值", "昙华"] {
            let hits = try library.search(query, limit: 3)
            #expect(!hits.isEmpty)
            for hit in hits {
                #expect(hit.snippet.contains(SearchMarks.open + (query == "昙华" ? "昙华" : "")))
                #expect(hit.snippet.contains(SearchMarks.close))
                #expect(hit.issueID == seedID && hit.issueDate == "2018-01-15")
            }
        }
    }

    @Test func limitsAndOddQueries() throws {
        #expect(try library.search("武", limit: 5).count == 5)
        #expect(try library.search("武昌区", limit: 5).count == 5)
        #expect(try library.search("", limit: 5).isEmpty)
        #expect(try library.search("   ", limit: 5).isEmpty)
        #expect(try library.search("武昌", limit: 0).isEmpty)
        // FTS5 syntax and LIKE wildcards are taken literally.
        #expect(try library.search("\"武昌", limit: 5).isEmpty)
        #expect(try library.search("武昌 OR", limit: 5).isEmpty)
        #expect(try library.search("_", limit: 5).isEmpty)
        #expect(try library.search("a*", limit: 5).isEmpty)
    }
}

@Suite struct SnippetTests {
    private func marked(_ snippet: String) -> String {
        snippet.replacingOccurrences(of: SearchMarks.open, with: "[").replacingOccurrences(of: SearchMarks.close, with: "]")
    }

    @Test func windowShowsTheMostTermsAndFoldsASCII() {
        let body = "开头的文字与武昌无关。" + String(repeating: "填", count: 30) + "武昌区GDP增长8.5%,服务业产值占比大幅提升。"
        #expect(marked(SnippetMaker.snippet(body, terms: ["武昌", "gdp"])) == "…" + String(repeating: "填", count: 12) + "[武昌]区[GDP]增长8.5%,服…")
        #expect(marked(SnippetMaker.snippet("短文GDP", terms: ["gdp"])) == "短文[GDP]")
        #expect(marked(SnippetMaker.snippet("标题一\n标题二", terms: ["二"])) == "标题一　标题[二]")
        #expect(marked(SnippetMaker.snippet("没有", terms: ["有没"])) == "没有")
    }
}
