import ScorecardsCore

/// Small helpers shared by the search tests.
enum SearchTestSupport {
    static let seedIndex = SearchIndex(documents: SearchSeedIssue.documents)

    static func index(_ articles: [(headline: [String], paragraphs: [String])]) -> SearchIndex {
        SearchIndex(documents: articles.enumerated().map { index, article in
            SearchDocument(id: "doc/\(index)", headline: article.headline, paragraphs: article.paragraphs)
        })
    }

    /// The original text a hit's first range covers.
    static func firstMatch(_ hit: SearchHit, in index: SearchIndex) -> String? {
        guard let range = hit.ranges.first else { return nil }
        return text(of: hit, in: index).map { slice($0, range) }
    }

    /// Every matched piece of text of a hit.
    static func matches(_ hit: SearchHit, in index: SearchIndex) -> [String] {
        guard let text = text(of: hit, in: index) else { return [] }
        return hit.ranges.map { slice(text, $0) }
    }

    static func text(of hit: SearchHit, in index: SearchIndex) -> String? {
        let document = index.documents[hit.document]
        switch hit.field {
        case .headline(let line): return document.headline[line]
        case .body(let paragraph): return document.paragraphs[paragraph]
        }
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return "<out of range>" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Whether any hit's matched text contains `needle`.
    static func anyMatch(_ results: SearchResults, in index: SearchIndex, contains needle: String) -> Bool {
        results.hits.contains { hit in matches(hit, in: index).contains { $0.contains(needle) } }
    }
}
