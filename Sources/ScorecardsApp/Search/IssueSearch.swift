import ScorecardsCore

/// An article of the issue: its scorecard and its place in it.
public struct ArticleRef: Hashable, Sendable {
    public var scorecard: Int
    public var article: Int

    public init(scorecard: Int, article: Int) {
        self.scorecard = scorecard
        self.article = article
    }
}

/// The search index of one issue, built when the issue is opened. Compared by identity:
/// it is derived from the issue and never changes.
public final class IssueSearch: Equatable, Sendable {
    public let index: SearchIndex
    let refs: [ArticleRef]

    public init(_ issue: IssueDocument) {
        var documents: [SearchDocument] = []
        var refs: [ArticleRef] = []
        for (c, card) in issue.scorecards.enumerated() {
            for (a, article) in card.articles.enumerated() {
                documents.append(SearchDocument(id: article.id, headline: article.headline, paragraphs: article.paragraphs))
                refs.append(ArticleRef(scorecard: c, article: a))
            }
        }
        index = SearchIndex(documents: documents)
        self.refs = refs
    }

    public static func == (a: IssueSearch, b: IssueSearch) -> Bool { a === b }

    /// Everything the views need for `query`: the articles in n/N order and every match.
    public func run(_ query: String) -> SearchOutcome {
        let results = index.search(query)
        var matches: [ArticleRef: ArticleMatches] = [:]
        for hit in results.hits {
            let ref = refs[hit.document]
            var entry = matches[ref] ?? ArticleMatches()
            switch hit.field {
            case .headline(let line): entry.marks.append(TextMark(block: ReaderAnchor.headlineBlock(line), range: hit.ranges.first ?? 0..<0, current: false))
                entry.marks += hit.ranges.dropFirst().map { TextMark(block: ReaderAnchor.headlineBlock(line), range: $0, current: false) }
                entry.inHeadline = true
            case .body(let paragraph):
                entry.marks += hit.ranges.map { TextMark(block: paragraph + 1, range: $0, current: false) }
            }
            matches[ref] = entry
        }
        return SearchOutcome(query: query, stops: results.documents.map { refs[$0] }, matches: matches)
    }
}

/// Where one article matched: marks in reader blocks (headline lines as negative blocks).
public struct ArticleMatches: Equatable, Sendable {
    public var marks: [TextMark] = []
    public var inHeadline = false

    /// Matches within headline line `line`, in scalars of that line.
    public func headlineRanges(line: Int) -> [Range<Int>] {
        marks.filter { $0.block == ReaderAnchor.headlineBlock(line) }.map(\.range)
    }
}

/// The result of the current search: the articles in n/N order, where each matched, and
/// which one is current once the user has moved to a hit.
public struct SearchOutcome: Equatable, Sendable {
    public var query: String
    public var stops: [ArticleRef]
    public var matches: [ArticleRef: ArticleMatches]
    public var current: Int?

    public var isEmpty: Bool { stops.isEmpty }
}
