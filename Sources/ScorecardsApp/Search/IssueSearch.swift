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

    /// Everything the views need for `query`: the articles in n/N order and every match.
    public func run(_ query: String) -> SearchOutcome {
        let results = index.search(query)
        var matches: [ArticleRef: ArticleMatches] = [:]
        for hit in results.hits {
            let ref = refs[hit.document]
            var entry = matches[ref] ?? ArticleMatches()
            switch hit.field {
            case .headline(let line):
                entry.marks += hit.ranges.map { TextMark(block: ReaderAnchor.headlineBlock(line), range: $0, current: false) }
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
