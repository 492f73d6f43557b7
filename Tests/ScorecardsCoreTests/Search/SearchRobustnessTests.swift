import Testing
import ScorecardsCore

@Suite("Odd queries and documents")
struct SearchRobustnessTests {
    let index = SearchTestSupport.seedIndex

    static let oddQueries: [String] = [
        "", " ", "\u{3000}", "\t\n", "'", "''''", " ' ' ", "\u{200B}", "\u{FEFF}",
        "😀", "👩‍👩‍👧", "🇨🇳", "\u{301}", "\u{301}\u{302}\u{303}", "a\u{301}", "武\u{301}",
        "\u{FFFF}", "\u{FFFE}", "\u{10FFFF}", "\u{0}", "\u{7F}", "\u{E000}", "\u{20000}", "𠀀𠀁",
        ".*", "[a-z]+(", "^$", "\\d{3}", "(?<name>x)", "%s%n", "'; DROP TABLE x; --",
        String(repeating: "武", count: 10_000), String(repeating: "a", count: 10_000),
        String(repeating: "zhuang", count: 2_000), String(repeating: "a'", count: 3_000),
        String(repeating: "武昌", count: 50) + "chang", "ü", "Ü", "ǖǘǚǜ", "ḿ", "ń",
        "\u{F900}", "ＡＢＣ", "a b c d e f g", "x'", "'x", "武'chang", "chang武", "n", "m", "e",
    ]

    @Test(arguments: oddQueries)
    func oddQueriesAreAnsweredWithoutCrashing(_ query: String) {
        let results = index.search(query)
        #expect(results.documents.count == Set(results.documents).count)
        for hit in results.hits.prefix(20) {
            let text = SearchTestSupport.text(of: hit, in: index) ?? ""
            let length = text.unicodeScalars.count
            #expect(hit.ranges.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= length && !$0.isEmpty })
            #expect(results.snippet(for: hit).count <= 32)
        }
    }

    @Test func emptyQueriesFindNothing() {
        for query in ["", " ", "\u{3000}\u{A0}", "\u{200B}"] {
            #expect(index.search(query).isEmpty)
            #expect(index.search(query).documentStops.isEmpty)
        }
    }

    @Test func longQueriesOnlyMatchWhatIsThere() {
        let paragraph = SearchSeedIssue.documents[0].paragraphs[3]
        let results = index.search(paragraph)
        #expect(results.hits.count == 1)
        #expect(results.hits.first?.tier == .exact)
        #expect(index.search(paragraph + "。").isEmpty)
        #expect(index.search(String(repeating: "武", count: 10_000)).isEmpty)
    }

    @Test func oddDocumentsAreIndexed() {
        let index = SearchTestSupport.index([
            ([], []),
            ([""], ["", " ", "\u{3000}"]),
            (["😀 emoji 标题"], ["e\u{301}\u{302} 组合", "\u{FFFF}\u{0}控制", "𠀀𠀁 扩展区"]),
            (["長江"], [String(repeating: "长", count: 5_000)]),
        ])
        #expect(index.search("emoji").hits.map(\.document) == [2])
        #expect(index.search("😀").hits.map(\.document) == [2])
        #expect(index.search("𠀁").hits.map(\.document) == [2])
        #expect(index.search("控制").hits.count == 1)
        #expect(index.search("长江").hits.map(\.field) == [.headline(line: 0)])
        #expect(index.search("长长长").hits.first?.ranges.count == 5_000 / 3)
        #expect(index.search("zhangzhang").hits.first?.ranges.count == 2_500)
        #expect(index.search("").isEmpty)
    }

    @Test func anEmptyIndexAnswersEverything() {
        let empty = SearchIndex(documents: [])
        for query in ["武昌", "gongshui", "", "a"] {
            #expect(empty.search(query).isEmpty)
        }
    }

    @Test func searchingFromManyThreadsAtOnceGivesTheSameResults() async {
        let queries = ["武昌", "gongshui", "jj", "GDP", "志愿者", "wuch"]
        let index = self.index
        let expected = queries.map { index.search($0).hits.count }
        let counts = await withTaskGroup(of: (Int, Int).self) { group in
            for _ in 0..<8 {
                for (position, query) in queries.enumerated() {
                    group.addTask { (position, index.search(query).hits.count) }
                }
            }
            var all: [(Int, Int)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(counts.count == 48)
        #expect(counts.allSatisfy { expected[$0.0] == $0.1 })
    }
}
