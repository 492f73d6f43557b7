import Testing
import ScorecardsCore

@Suite("Literal search")
struct LiteralSearchTests {
    let index = SearchTestSupport.seedIndex

    @Test func findsHeadlineAndBodyText() {
        let results = index.search("志愿者")
        #expect(!results.isEmpty)
        let first = results.hits[0]
        #expect(first.field == .headline(line: 1))
        #expect(index.documents[first.document].headline[1] == "全区志愿者注册达18万人")
        #expect(SearchTestSupport.firstMatch(first, in: index) == "志愿者")
        #expect(results.hits.contains { !$0.field.isHeadline })
    }

    @Test func headlineTiersAreExactPrefixSubstring() {
        let exact = index.search("城区品质稳步提升").hits[0]
        #expect(exact.tier == .exact)
        #expect(exact.field == .headline(line: 1))
        let prefix = index.search("城区品质").hits[0]
        #expect(prefix.tier == .prefix)
        let substring = index.search("品质稳步").hits[0]
        #expect(substring.tier == .substring)
        #expect(substring.ranges == [2..<6])
    }

    @Test func aQueryWithOrWithoutItsSpaceFindsTheSpacedHeadline() {
        for query in ["党建引领 多元善治", "党建引领多元善治", "党建引领　多元善治", " 党建 引领 多元 善治 "] {
            let hit = index.search(query).hits.first
            #expect(hit?.tier == .exact, "\(query)")
            #expect(hit.map { index.documents[$0.document].id } == "reform/3", "\(query)")
            // The range covers the space in the original headline.
            #expect(hit?.ranges == [0..<9], "\(query)")
        }
        // A space typed where the text has none still matches.
        #expect(index.search("区域 GDP").hits.first?.tier == .prefix)
    }

    @Test func fullWidthQueriesFindHalfWidthText() {
        #expect(index.search("ＧＤＰ").hits.map(\.document) == index.search("GDP").hits.map(\.document))
        #expect(!index.search("ＧＤＰ").isEmpty)
        #expect(index.search("１０６０").hits.count == index.search("1060").hits.count)
        #expect(!index.search("1060").isEmpty)
        // The issue writes ASCII punctuation; full-width forms find it.
        #expect(index.search("增长19%（同口径）").hits.count == index.search("增长19%(同口径)").hits.count)
        #expect(!index.search("增长19%(同口径)").isEmpty)
    }

    @Test func latinIsCaseInsensitive() {
        let lower = index.search("gdp").hits.filter { $0.tier <= .substring }
        #expect(!lower.isEmpty)
        #expect(lower.map(\.document) == index.search("GDP").hits.filter { $0.tier <= .substring }.map(\.document))
        #expect(SearchTestSupport.firstMatch(lower[0], in: index) == "GDP")
    }

    @Test func traditionalQueriesFindSimplifiedText() {
        let simplified = index.search("经济")
        #expect(!simplified.isEmpty)
        #expect(index.search("經濟").hits.map(\.document) == simplified.hits.map(\.document))
        #expect(!index.search("長江").isEmpty)
        #expect(index.search("長江").hits.map(\.document) == index.search("长江").hits.map(\.document))
    }

    @Test func traditionalTextIsFoundBySimplifiedQueries() {
        let index = SearchTestSupport.index([(["經濟發展"], ["長江日報報道：武漢經濟穩步增長。"])])
        #expect(index.search("经济").hits.count == 2)
        let body = index.search("长江日报").hits[0]
        #expect(SearchTestSupport.firstMatch(body, in: index) == "長江日報")
    }

    @Test func everyMatchInAFieldIsReported() {
        let results = index.search("武昌")
        #expect(results.hits.count > 20)
        for hit in results.hits {
            let pieces = SearchTestSupport.matches(hit, in: index)
            #expect(pieces.allSatisfy { $0 == "武昌" })
            let text = SearchTestSupport.text(of: hit, in: index) ?? ""
            #expect(pieces.count == text.components(separatedBy: "武昌").count - 1)
        }
    }

    @Test func rangesAreInScalarsOfTheOriginalText() {
        let index = SearchTestSupport.index([(["標題"], ["前面 有 空格，然后ＧＤＰ增长\u{A0}了e\u{301}t\u{E9}。"])])
        let gdp = index.search("gdp增长了").hits[0]
        #expect(SearchTestSupport.firstMatch(gdp, in: index) == "ＧＤＰ增长\u{A0}了")
        let accented = index.search("ét").hits[0]
        #expect(SearchTestSupport.firstMatch(accented, in: index) == "e\u{301}t")
        #expect(accented.ranges.count == 1)
        let both = index.search("\u{E9}").hits[0]
        #expect(SearchTestSupport.matches(both, in: index) == ["e\u{301}", "\u{E9}"])
    }

    @Test func missingTextFindsNothing() {
        #expect(index.search("zzz-no-hit").isEmpty)
        #expect(index.search("北京").isEmpty)
        #expect(index.search("武昌%").isEmpty)
        // Letters after Han characters are read as pinyin: 武昌x finds 武昌 followed by x….
        #expect(SearchTestSupport.anyMatch(index.search("武昌x"), in: index, contains: "武昌新"))
    }
}
