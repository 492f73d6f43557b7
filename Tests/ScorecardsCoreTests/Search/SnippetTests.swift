import Testing
@testable import ScorecardsCore

@Suite("Snippets")
struct SnippetTests {
    let index = SearchTestSupport.index([
        (["短标题"], ["一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳"]),
        (["第二篇"], ["开头就是关键词，后面还有很多很多很多很多很多很多很多很多的文字。"]),
        (["第三篇"], ["前面有很多很多很多很多很多很多很多很多很多很多的文字，结尾是关键词"]),
        (["第四篇"], ["换行\n之后有关键词"]),
    ])

    @Test func cutsBothEndsAroundAMatchInTheMiddle() {
        let results = index.search("宇宙")
        let snippet = results.highlightedSnippet(for: results.hits[0])
        #expect(snippet.text.hasPrefix("…"))
        #expect(snippet.text.hasSuffix("…"))
        #expect(snippet.text.count == 32)
        #expect(snippet.text.contains("宇宙"))
        #expect(snippet.highlights.count == 1)
        let characters = Array(snippet.text)
        #expect(snippet.highlights.first.map { String(characters[$0]) } == "宇宙")
        // Some context before the match, more after it.
        #expect(snippet.highlights.first.map { $0.lowerBound > 3 && $0.lowerBound < 16 } == true)
    }

    @Test func keepsTheStartWhenTheMatchIsThere() {
        let results = index.search("开头")
        let snippet = results.snippet(for: results.hits[0])
        #expect(snippet.hasPrefix("开头就是关键词"))
        #expect(snippet.hasSuffix("…"))
    }

    @Test func keepsTheEndWhenTheMatchIsThere() {
        let results = index.search("结尾是")
        let snippet = results.snippet(for: results.hits[0])
        #expect(snippet.hasSuffix("结尾是关键词"))
        #expect(snippet.hasPrefix("…"))
        #expect(snippet.count == 31)
    }

    @Test func shortFieldsAreShownWhole() {
        let results = index.search("短标题")
        #expect(results.snippet(for: results.hits[0]) == "短标题")
        #expect(results.snippet(for: results.hits[0], width: 2) == "短标…")
        #expect(results.snippet(for: results.hits[0], width: 0) == "短…")
    }

    @Test func lineBreaksBecomeSpaces() {
        let results = index.search("关键词")
        let hit = results.hits.first { $0.document == 3 }
        #expect(hit.map { results.snippet(for: $0) } == "换行 之后有关键词")
    }

    @Test func pinyinMatchesAreHighlighted() {
        let results = index.search("guanjianci")
        #expect(results.hits.count == 3)
        for hit in results.hits {
            let snippet = results.highlightedSnippet(for: hit)
            let characters = Array(snippet.text)
            #expect(snippet.highlights.map { String(characters[$0]) } == ["关键词"])
        }
    }

    @Test func aHitFromElsewhereGivesAnEmptySnippet() {
        let results = index.search("宇宙")
        let stray = SearchHit(document: 99, field: .body(paragraph: 0), ranges: [0..<1], tier: .substring)
        #expect(results.snippet(for: stray) == "")
        let outOfRange = SearchHit(document: 0, field: .body(paragraph: 0), ranges: [500..<900], tier: .substring)
        #expect(results.snippet(for: outOfRange).hasPrefix("一二三"))
    }

    /// Text made only of scalars that stand alone is cut by scalar; the cut is the one the
    /// grapheme clusters give, on every field of the issue, with matches anywhere.
    @Test func theScalarShortcutCutsAsClustersDo() {
        var compared = 0
        for document in SearchSeedIssue.documents {
            for text in document.headline + document.paragraphs {
                let count = text.unicodeScalars.count
                let cases = stride(from: 0, to: count, by: max(1, count / 7)).map { [$0..<min(count, $0 + 3)] }
                    + [[], [500..<900], [0..<0], [max(0, count - 1)..<count, 0..<1]]
                for ranges in cases {
                    for width in [1, 12, 30] {
                        let fast = SnippetBuilder.snippet(of: text, ranges: ranges, width: width)
                        let general = SnippetBuilder.snippet(of: text, ranges: ranges, width: width, byCluster: true)
                        #expect(fast == general, "\(text.prefix(10)) \(ranges) \(width)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 1000)
        #expect(SnippetBuilder.standsAlone(0x6B66) && !SnippetBuilder.standsAlone(0x0D) && !SnippetBuilder.standsAlone(0x301))
    }
}
