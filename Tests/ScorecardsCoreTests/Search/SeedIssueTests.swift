import Testing
import ScorecardsCore

@Suite("Seed issue fixture")
struct SeedIssueTests {
    @Test func splitsIntoTheTwentyTwoArticles() {
        let documents = SearchSeedIssue.documents
        #expect(documents.count == 22)
        #expect(documents.first?.id == "development/0")
        #expect(documents.first?.headline == ["区域GDP跨千亿大关", "城区品质稳步提升"])
        #expect(documents.map(\.id).filter { $0.hasPrefix("stability/") }.count == 6)
        #expect(documents.allSatisfy { !$0.paragraphs.isEmpty && (1...2).contains($0.headline.count) })
        let scalars = documents.reduce(0) { total, document in
            total + (document.headline + document.paragraphs).reduce(0) { $0 + $1.unicodeScalars.count }
        }
        #expect(scalars > 15_000)
    }
}
