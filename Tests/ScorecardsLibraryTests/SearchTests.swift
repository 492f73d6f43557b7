import Foundation
@testable import ScorecardsCore
import ScorecardsCorpus
import Testing
@testable import ScorecardsLibrary

/// One search everywhere: every query gives, through the library, the hits a search of the
/// same issues opened from files gives: the same articles and fields, in the same order,
/// with the same snippets and tiers.
enum SameSearch {
    /// A hit as the command line shows it: article, field, snippet, and its tier.
    struct Line: Equatable, CustomStringConvertible {
        var article: String
        var field: String
        var snippet: String
        var tier: MatchTier
        var description: String { "\(article) \(field) \(tier) \(snippet)" }
    }

    /// The search of a file (or several, in the dashboard's order), as `scorecards search` runs it.
    static func file(_ issues: [IssueDocument], _ query: String) -> [Line] {
        let articles = issues.flatMap(\.allArticles)
        let index = SearchIndex(documents: articles.map {
            SearchDocument(id: $0.id, headline: $0.headline, paragraphs: $0.paragraphs)
        })
        let results = index.search(query)
        return results.hits.map { hit in
            let field = switch hit.field {
            case .headline: "headline"
            case .body(let paragraph): "p\(paragraph)"
            }
            return Line(article: articles[hit.document].id, field: field,
                        snippet: results.snippet(for: hit, width: IssueLibrary.snippetWidth), tier: hit.tier)
        }
    }

    static func library(_ library: IssueLibrary, _ query: String) throws -> [Line] {
        try library.search(query, limit: Int(Int32.max)).map { hit in
            let field = switch hit.field {
            case .headline: "headline"
            case .paragraph(let paragraph): "p\(paragraph)"
            }
            return Line(article: hit.articleID, field: field, snippet: hit.snippet, tier: hit.tier)
        }
    }

    /// The queries of the search tests: the table of queries that once differed, every
    /// pinyin rule, literal oddities, typing in progress, and pieces cut from the issue.
    static let queries: [String] = {
        var queries = [
            "ＧＤＰ", "經濟", "党建引领多元善治", "gongshui",
            "diqu", "zzzz", "zzzx", "gs", "jj", "wc", "zyz", "wuchang", "jingji", "zhiyuanzhe", "djyl", "gsgz",
            "武chang", "武ch", "wu昌", "武zhang", "lvse", "lüse", "lu\u{308}se", "luse", "wǔchāng", "WuChang", "ｗｕｃｈａｎｇ",
            "wu chang", "xi'an", "xian", "gong1", "gong-shui", "gong_shui", "zhangjiang", "changjiang", "yinhang",
            "武昌", "武", "发展", "GDP", "gdp", "1060", "１０６０", "地区生产总值", "昙华林历史文化街区", "党建引领 多元善治",
            "%", "_", "亿元", "武昌 GDP", "\"武昌", "a*", "8.5%", "PM", "长江", "經濟發展", "二次供水", "，", "(", "“",
            "宇宙飞船", "aaaaaaaa", "zhongguo",
        ]
        for word in ["g", "go", "gon", "gong", "gongs", "gongsh", "gongshu", "w", "wu", "wuc", "wuch", "wucha", "wuchan"] {
            queries.append(word)
        }
        // Pieces of the issue's text, and their pinyin, full, initials and mixed.
        var random = SplitMix64(seed: 15)
        let paragraphs = seed.allArticles.flatMap { $0.headline + $0.paragraphs }
        let readings = PinyinReadingTable.shared
        while queries.count < 200 {
            let paragraph = Array(paragraphs[Int(random.next() % UInt64(paragraphs.count))].unicodeScalars)
            guard paragraph.count > 6 else { continue }
            let start = Int(random.next() % UInt64(paragraph.count - 6))
            let piece = Array(paragraph[start..<(start + 1 + Int(random.next() % 5))])
            let kind = random.next() % 4
            if kind == 0 {
                queries.append(String(String.UnicodeScalarView(piece)))
                continue
            }
            let syllables = piece.compactMap { readings.syllable(readings.code(for: $0.value)) }
            guard syllables.count == piece.count else { continue }
            switch kind {
            case 1: queries.append(syllables.joined())
            case 2: queries.append(String(syllables.compactMap(\.first)))
            default: queries.append(syllables.enumerated().map { $0.offset % 2 == 0 ? $0.element : String($0.element.prefix(1)) }.joined())
            }
        }
        return queries
    }()

    static let seed: IssueDocument = (try? IssueParser.parse(text: CorpusGenerator.seedText).issue)!
}

@Suite struct SameSearchTests {
    /// The bundled issue imported into a library of its own, shared by the tests.
    static let seedLibrary: (directory: TempDirectory, library: IssueLibrary)? = {
        guard let directory = try? TempDirectory(), let library = try? IssueLibrary(path: directory.file("library.sqlite")),
              let path = try? directory.writeSeed(), (try? library.import(paths: [path])) != nil else { return nil }
        return (directory, library)
    }()

    @Test(arguments: SameSearch.queries)
    func theLibraryFindsWhatTheFileFinds(query: String) throws {
        let library = try #require(Self.seedLibrary).library
        let file = SameSearch.file([SameSearch.seed], query)
        let stored = try SameSearch.library(library, query)
        #expect(stored == file, "\(query): file \(file.count) hits, library \(stored.count)")
    }

    /// The table of queries the two once answered differently, and the pinyin rules.
    @Test func theTableReadsTheSameInBothColumns() throws {
        let library = try #require(Self.seedLibrary).library
        let expected: [(String, Int)] = [("ＧＤＰ", 2), ("經濟", 16), ("党建引领多元善治", 1), ("gongshui", 3)]
        for (query, count) in expected {
            #expect(SameSearch.file([SameSearch.seed], query).count == count, "\(query)")
            #expect(try SameSearch.library(library, query).count == count, "\(query)")
        }
        let diqu = try SameSearch.library(library, "diqu")
        #expect(diqu.first?.snippet.contains("地区") == true)
        #expect(diqu.firstIndex { $0.snippet.contains("亮点区块") }.map { $0 >= 5 } == true)
        #expect(try SameSearch.library(library, "zzzz").isEmpty)
    }

    /// Several issues: the library's order is the dashboard's (oldest issue first).
    @Test func severalIssuesInTheDashboardsOrder() throws {
        let directory = try TempDirectory()
        let library = try IssueLibrary(path: directory.file("library.sqlite"))
        let folder = try Fixtures.writeCorpus(Array(Fixtures.corpus20.prefix(4)), in: directory, folder: "corpus")
        try library.import(paths: [folder, try directory.writeSeed()])
        let issues = try library.loadAll().sortedByDate()
        #expect(issues.count == 5)
        for query in ["武昌", "gongshui", "jj", "diqu", "1060", "合成", "gs", "zhiyuanzhe", "亿元"] {
            let file = SameSearch.file(issues, query)
            let stored = try SameSearch.library(library, query)
            #expect(stored == file, "\(query)")
            #expect(!file.isEmpty || query == "合成", "\(query)")
        }
        let hits = try library.search("武昌", limit: 10_000)
        let dates = hits.filter { $0.field == .headline }.compactMap(\.issueDate)
        #expect(!dates.isEmpty)
        #expect(try library.search("武昌", limit: 7).count == 7)
    }

    @Test func hitsSayWhichIssueAndHighlightTheMatch() throws {
        let library = try #require(Self.seedLibrary).library
        let hits = try library.search("昙华林", limit: 100)
        #expect(!hits.isEmpty)
        for hit in hits {
            #expect(hit.issueDate == "2018-01-15" && hit.issueNumber == "2018年第1期")
            let characters = Array(hit.snippet)
            #expect(hit.highlights.map { String(characters[$0]) }.contains("昙华林"))
        }
        #expect(hits.contains { $0.field == .headline && $0.articleID.hasPrefix("party-building/") })
    }

    @Test func limitsAndOddQueries() throws {
        let library = try #require(Self.seedLibrary).library
        #expect(try library.search("武", limit: 5).count == 5)
        #expect(try library.search("", limit: 5).isEmpty)
        #expect(try library.search("   ", limit: 5).isEmpty)
        #expect(try library.search("武昌", limit: 0).isEmpty)
    }
}

@Suite struct StoredSearchTextTests {
    @Test func aCellPerNormalisedCharacter() {
        let stored = StoredSearchText(lines: ["二次供水 ＧＤＰ", "經濟"])
        #expect(stored.folded == " 二 次 供 水 g d p \n 经 济 ")
        #expect(stored.initials == "|e|c|g|s|.|.|.|\n|j|j|")
        #expect(stored.syllables == "/er/ci/gong/shui/./././\n/jing/ji/")
        #expect(!stored.ambiguous)
        #expect(StoredSearchText(lines: ["同行"]).ambiguous, "同行 reads tóngháng or tóngxíng")
    }

    @Test func filtersAreSubstringsOfTheStoredText() {
        #expect(StoredSearchFilter(query: "經濟").patterns == [.init([" 经 济 "])])
        #expect(StoredSearchFilter(query: "經濟").patterns[0].trigrams == [" 经 ", "经 济", " 济 "])
        let pinyin = StoredSearchFilter(query: "gongshui")
        #expect(pinyin.includesAmbiguous)
        #expect(pinyin.patterns.contains(.init(["|g|s|", "/gong/", "/shui/"])))
        #expect(StoredSearchFilter(query: "gs").patterns.last == .init(["|g|s|"]))
        #expect(StoredSearchFilter(query: "xian").patterns.contains(.init(["|x|a|", "/xi", "/an"])))
        #expect(StoredSearchFilter(query: "武chang").patterns.last == .init([" 武 "]))
        // Many ways to cut the query: only the first letters' initials, at most 64 spellings.
        let many = StoredSearchFilter(query: "aaaaaaaaaaaaaaaa")
        #expect(many.patterns.count <= 65)
        #expect(StoredSearchFilter(query: " ").patterns.isEmpty)
        #expect(SearchTextIndex.match(.init([" \" "])) == "\" \"\" \"")
    }
}
