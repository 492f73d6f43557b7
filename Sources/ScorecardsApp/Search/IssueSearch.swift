import ScorecardsCore
import Synchronization

/// An article among the open issues: which issue, its scorecard and its place in it.
public struct ArticleRef: Hashable, Sendable {
    public var issue: Int
    public var scorecard: Int
    public var article: Int

    public init(issue: Int = 0, scorecard: Int, article: Int) {
        self.issue = issue
        self.scorecard = scorecard
        self.article = article
    }
}

/// The search index over every open issue. Built on the first search rather than at
/// start-up, since a thousand issues take a second or more to index; compared by identity,
/// as it is derived from the issues and never changes.
public final class IssueSearch: Equatable, Sendable {
    private let documents: [SearchDocument]
    private let refs: [ArticleRef]
    private let built = Mutex<SearchIndex?>(nil)

    public init(_ issues: [IssueDocument]) {
        var documents: [SearchDocument] = []
        var refs: [ArticleRef] = []
        for (i, issue) in issues.enumerated() {
            for (c, card) in issue.scorecards.enumerated() {
                for (a, article) in card.articles.enumerated() {
                    documents.append(SearchDocument(id: article.id, headline: article.headline, paragraphs: article.paragraphs))
                    refs.append(ArticleRef(issue: i, scorecard: c, article: a))
                }
            }
        }
        self.documents = documents
        self.refs = refs
    }

    public convenience init(_ issue: IssueDocument) {
        self.init([issue])
    }

    public static func == (a: IssueSearch, b: IssueSearch) -> Bool { a === b }

    public var index: SearchIndex {
        built.withLock { index in
            if let index { return index }
            let made = SearchIndex(documents: documents)
            index = made
            return made
        }
    }

    /// The articles that match `query`, in n/N order, and where each article of issue
    /// `issue` matched. Only that issue's matches are worked out, so a query that hits every
    /// article of a thousand issues costs only its ranking and one issue's marks.
    public func run(_ query: String, marksFor issue: Int) -> SearchOutcome {
        let results = index.search(query)
        return SearchOutcome(query: query, stops: results.documents.map { refs[$0] },
                             issue: issue, matches: matches(results, issue: issue))
    }

    /// Where each article of issue `issue` matches `query`.
    public func matches(_ query: String, issue: Int) -> [ArticleRef: ArticleMatches] {
        matches(index.search(query), issue: issue)
    }

    private func matches(_ results: SearchResults, issue: Int) -> [ArticleRef: ArticleMatches] {
        let documents = documents(ofIssue: issue)
        var table: [ArticleRef: ArticleMatches] = [:]
        for position in results.hits.positions(inDocuments: documents) {
            let hit = results.hits[position]
            table[refs[hit.document], default: ArticleMatches()].spans += hit.ranges.map { ArticleSpan(hit.field.part, $0) }
        }
        return table
    }

    /// The documents of issue `issue`: articles are indexed issue by issue, in order.
    func documents(ofIssue issue: Int) -> Range<Int> {
        let start = refs.partitionPoint { $0.issue < issue }
        let end = refs.partitionPoint { $0.issue <= issue }
        return start..<end
    }
}
