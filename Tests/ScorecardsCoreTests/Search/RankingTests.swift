import Testing
import ScorecardsCore

@Suite("Ranking and navigation")
struct RankingTests {
    // Documents: 0 has the word in its body only, 1 in a headline (substring), 2 as a
    // whole headline, 3 at the start of its second headline line and in its body.
    let index = SearchTestSupport.index([
        (["第一篇"], ["文中提到供水。"]),
        (["保障供水安全"], ["无关内容"]),
        (["供水"], ["无关内容"]),
        (["第四篇", "供水改造完成"], ["再说供水"]),
    ])

    @Test func headlineHitsComeFirstThenByTierThenDocumentOrder() {
        let hits = index.search("供水").hits
        #expect(hits.map(\.document) == [2, 3, 1, 0, 3])
        #expect(hits.map(\.tier) == [.exact, .prefix, .substring, .substring, .substring])
        #expect(hits.map(\.field) == [
            .headline(line: 0), .headline(line: 1), .headline(line: 0), .body(paragraph: 0), .body(paragraph: 0),
        ])
    }

    @Test func pinyinHitsRankAfterLiteralOnes() {
        let index = SearchTestSupport.index([(["公示"], ["gs 公司"]), (["供水"], ["内容"])])
        let hits = index.search("gs").hits
        // Headlines first (initials), then the body with a literal "gs" and pinyin 公司.
        #expect(hits.map(\.document) == [0, 1, 0])
        #expect(hits.map(\.tier) == [.initials, .initials, .prefix])
        #expect(SearchTestSupport.matches(hits[2], in: index) == ["gs", "公司"])
    }

    @Test func documentStopsListEachDocumentOnceInHitOrder() {
        let results = index.search("供水")
        #expect(results.documentStops == [0, 1, 2, 3])
        #expect(results.documents == [2, 3, 1, 0])
        for (stop, document) in zip(results.documentStops, results.documents) {
            #expect(results.hits[stop].document == document)
            #expect(results.hits[..<stop].allSatisfy { $0.document != document })
        }
    }

    @Test func cheapAccessorsAgreeWithHits() {
        let results = SearchTestSupport.seedIndex.search("武昌")
        for position in results.hits.indices {
            let hit = results.hits[position]
            #expect(results.hits.document(at: position) == hit.document)
            #expect(results.hits.field(at: position) == hit.field)
            #expect(results.hits.tier(at: position) == hit.tier)
        }
    }

    @Test func seedOrderingHoldsOnTheWholeIssue() {
        let results = SearchTestSupport.seedIndex.search("发展")
        let hits = Array(results.hits)
        let firstBody = hits.firstIndex { !$0.field.isHeadline } ?? hits.count
        #expect(hits[..<firstBody].allSatisfy { $0.field.isHeadline })
        #expect(hits[firstBody...].allSatisfy { !$0.field.isHeadline })
        for section in [hits[..<firstBody], hits[firstBody...]] {
            let keys = section.map { ($0.tier.rawValue, $0.document) }
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
        }
    }

    @Test func identicalCopiesMultiplyTheHits() {
        let copies = 40
        let many = SearchIndex(documents: Array(repeating: SearchSeedIssue.documents, count: copies).flatMap { $0 })
        for query in ["武昌", "gongshui", "jj", "1060", "wuch", "党建引领 多元善治", "gs"] {
            let single = SearchTestSupport.seedIndex.search(query)
            let multiple = many.search(query)
            #expect(multiple.hits.count == single.hits.count * copies, "\(query)")
            #expect(multiple.documents.count == single.documents.count * copies, "\(query)")
            #expect(multiple.hits.first == single.hits.first, "\(query)")
        }
    }
}
