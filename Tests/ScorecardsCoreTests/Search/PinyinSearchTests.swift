import Testing
import ScorecardsCore

@Suite("Pinyin search")
struct PinyinSearchTests {
    let index = SearchTestSupport.seedIndex

    private func finds(_ query: String, _ word: String, in index: SearchIndex = SearchTestSupport.seedIndex) -> Bool {
        SearchTestSupport.anyMatch(index.search(query), in: index, contains: word)
    }

    @Test func fullSyllablesFindTheirCharacters() {
        #expect(finds("gongshui", "供水"))
        #expect(finds("wuchang", "武昌"))
        #expect(finds("jingji", "经济"))
        #expect(finds("zhiyuanzhe", "志愿者"))
        let headline = index.search("gongshui").hits[0]
        #expect(headline.field.isHeadline)
        #expect(headline.tier == .pinyin)
        #expect(SearchTestSupport.firstMatch(headline, in: index) == "供水")
    }

    @Test func initialsFindTheirCharacters() {
        #expect(finds("gs", "供水"))
        #expect(finds("jj", "经济"))
        #expect(finds("wc", "武昌"))
        #expect(finds("zyz", "志愿者"))
        let hit = index.search("gs").hits.first { SearchTestSupport.matches($0, in: index).contains("供水") }
        #expect(hit?.tier == .initials)
    }

    @Test func aPartialLastSyllableKeepsTheHitsWhileTyping() {
        var previous: Set<Int>?
        for query in ["g", "go", "gon", "gong", "gongs", "gongsh", "gongshu", "gongshui"] {
            let results = index.search(query)
            #expect(SearchTestSupport.anyMatch(results, in: index, contains: "供"), "\(query)")
            let documents = Set(results.documents)
            if let previous, query.count > 4 { #expect(documents.isSubset(of: previous), "\(query)") }
            previous = documents
        }
        for query in ["w", "wu", "wuc", "wuch", "wucha", "wuchan", "wuchang"] {
            #expect(finds(query, "武"), "\(query)")
        }
        #expect(index.search("wuch").hits.first?.tier == .pinyin)
        #expect(index.search("gongsh").hits.first?.tier == .pinyin)
    }

    @Test func tiersSeparateFullSyllablesFromInitials() {
        let index = SearchTestSupport.index([(["工商"], ["供水"]), (["工作"], ["股市"])])
        let gongshui = index.search("gongshui")
        #expect(gongshui.hits.map(\.tier) == [.pinyin])
        let gs = index.search("gs")
        #expect(gs.hits.map(\.tier) == [.initials, .initials, .initials])
        let gon = index.search("gon")
        #expect(gon.hits.allSatisfy { $0.tier == .initials })
        #expect(index.search("gong").hits.allSatisfy { $0.tier == .pinyin })
        // Partial last syllable after a full one: still the pinyin tier.
        #expect(index.search("gongsh").hits.map(\.tier) == [.pinyin, .pinyin])
    }

    @Test func mixedHanAndPinyin() {
        #expect(finds("武chang", "武昌"))
        #expect(finds("武ch", "武昌"))
        #expect(finds("wu昌", "武昌"))
        #expect(index.search("武chang").hits.first?.tier == .pinyin)
        #expect(!finds("武zhang", "武昌"))
    }

    @Test func uUmlautIsTypedAsV() {
        #expect(finds("lvse", "绿色"))
        #expect(finds("lüse", "绿色"))
        #expect(finds("lu\u{308}se", "绿色"))
        #expect(!finds("luse", "绿色"))
    }

    @Test func toneMarksAndCaseAreIgnored() {
        #expect(finds("wǔchāng", "武昌"))
        #expect(finds("WuChang", "武昌"))
        #expect(finds("ｗｕｃｈａｎｇ", "武昌"))
    }

    @Test func spacesAndApostrophesMarkSyllableBoundaries() {
        let index = SearchTestSupport.index([(["西安"], ["先进"])])
        #expect(index.search("xian").hits.count == 2)
        #expect(index.search("xi'an").hits.map(\.field) == [.headline(line: 0)])
        #expect(index.search("xi an").hits.map(\.field) == [.headline(line: 0)])
        #expect(index.search("wu chang").isEmpty)
        #expect(!SearchTestSupport.seedIndex.search("wu chang").isEmpty)
    }

    @Test func pinyinOnlyAppliesToLetters() {
        #expect(index.search("gong1").isEmpty)
        #expect(index.search("gong-shui").isEmpty)
        #expect(index.search("gong_shui").isEmpty)
    }

    @Test func pinyinRangesCoverTheMatchedCharacters() {
        let index = SearchTestSupport.index([(["标题"], ["二次供水改造,保供水,供水公司"])])
        let hit = index.search("gongshui").hits[0]
        #expect(SearchTestSupport.matches(hit, in: index) == ["供水", "供水", "供水"])
        #expect(hit.ranges == [2..<4, 8..<10, 11..<13])
    }
}
