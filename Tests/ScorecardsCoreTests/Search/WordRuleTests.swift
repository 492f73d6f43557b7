import Testing
@testable import ScorecardsCore

/// Pinyin that does not over-match: abbreviations inside one word (or one headline run),
/// whole-word readings before readings that join parts of two words.
@Suite("Pinyin word rules")
struct WordRuleTests {
    let seed = SearchTestSupport.seedIndex

    @Test func wholeWordReadingsRankAboveReadingsAcrossWords() {
        // 地区 dìqū is a word; 亮点区块 reads 点区 only across 亮点|区块 (and abbreviates diǎn).
        let results = seed.search("diqu")
        let matched = results.hits.map { SearchTestSupport.matches($0, in: seed) }
        let firstAcross = results.hits.firstIndex { $0.tier == .pinyinAcrossWords }
        #expect(firstAcross != nil)
        #expect(firstAcross.map { $0 >= 5 } == true)
        #expect(matched.prefix(firstAcross ?? 0).allSatisfy { $0.contains("地区") })
        #expect(matched.dropFirst(firstAcross ?? 0).allSatisfy { $0 == ["点区"] })
        // The headline 打造城市亮点区块 comes after every 地区 in the text.
        let headline = results.hits.firstIndex { $0.field.isHeadline }
        #expect(headline != nil && headline == firstAcross)
    }

    @Test func fullSyllablesAcrossWordsAreWeakButFound() {
        let index = SearchTestSupport.index([(["标题"], ["发展中心工作"]), (["标题"], ["展中"])])
        // zhanzhong: 展中 is a word in the second document (nothing follows it), and joins
        // 发展|中心 in the first.
        let hits = index.search("zhanzhong").hits
        #expect(hits.map(\.document) == [1, 0])
        #expect(hits.map(\.tier) == [.pinyin, .pinyinAcrossWords])
    }

    @Test func initialsMustStayInsideOneWordOfTheText() {
        // zzzz once matched 展综治中 of 开展综治中心 (exit status 0 for a nonsense hit).
        #expect(seed.search("zzzz").isEmpty)
        let index = SearchTestSupport.index([(["标题"], ["开展综治中心试点", "二次供水改造"])])
        #expect(index.search("zzzz").isEmpty)
        #expect(index.search("zzzx").isEmpty)
        #expect(index.search("gs").hits.map(\.field) == [.body(paragraph: 1)])
        #expect(index.search("gsgz").isEmpty, "两个词的首字母")
        #expect(!index.search("gongshuigaizao").isEmpty, "full syllables over two whole words")
    }

    @Test func initialsMayRunAcrossTheWordsOfAHeadline() {
        let index = SearchTestSupport.index([(["党建引领 多元善治"], ["党建引领多元善治"])])
        let hits = index.search("djyl").hits
        #expect(hits.map(\.field) == [.headline(line: 0)])
        #expect(hits.first?.tier == .initials)
        #expect(index.search("jjyl").isEmpty)
    }

    @Test func initialsOfAWordAreFoundInTheText() {
        for (query, word) in [("jj", "经济"), ("gs", "供水"), ("wc", "武昌"), ("zyz", "志愿者")] {
            #expect(SearchTestSupport.anyMatch(seed.search(query), in: seed, contains: word), "\(query)")
        }
    }

    @Test func segmenterFindsTheWordsOfTheIssue() {
        let words = WordSegmenter.shared
        #expect(words.wordCount > 90_000)
        let index = SearchTestSupport.index([([], ["开展综治中心试点建设"])])
        let storage = index.storage
        var pieces: [String] = []
        var piece = ""
        for position in storage.fieldStart[0]..<storage.fieldEnd(0) {
            let element = storage.text[position]
            if !PackedText.continuesWord(element) && !piece.isEmpty {
                pieces.append(piece)
                piece = ""
            }
            piece.unicodeScalars.append(Unicode.Scalar(PackedText.scalar(element))!)
        }
        pieces.append(piece)
        #expect(pieces == ["开展", "综治", "中心", "试点", "建设"] || pieces == ["开展", "综", "治", "中心", "试点", "建设"])
    }
}
