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

    /// Everything the views need for `query`: the articles in n/N order; where each one
    /// matched is worked out when it is looked at, so a query that hits every article of a
    /// thousand issues costs only its ranking.
    public func run(_ query: String) -> SearchOutcome {
        let results = index.search(query)
        return SearchOutcome(query: query, stops: results.documents.map { refs[$0] },
                             matches: MatchTable(results: results, search: self))
    }

    /// The documents of issue `issue`: articles are indexed issue by issue, in order.
    func documents(ofIssue issue: Int) -> Range<Int> {
        let start = refs.partitionPoint { $0.issue < issue }
        let end = refs.partitionPoint { $0.issue <= issue }
        return start..<end
    }

    func ref(_ document: Int) -> ArticleRef { refs[document] }
}

/// The hits of one search by article, filled in per issue on first use.
public final class MatchTable: @unchecked Sendable {
    private let results: SearchResults
    private unowned let search: IssueSearch
    // Used from the event loop only.
    private var byIssue: [Int: [ArticleRef: [Int]]] = [:]

    init(results: SearchResults, search: IssueSearch) {
        self.results = results
        self.search = search
    }

    func matches(for ref: ArticleRef) -> ArticleMatches? {
        if byIssue[ref.issue] == nil {
            let documents = search.documents(ofIssue: ref.issue)
            var table: [ArticleRef: [Int]] = [:]
            for position in results.hits.indices {
                let document = results.hits.document(at: position)
                if documents.contains(document) { table[search.ref(document), default: []].append(position) }
            }
            byIssue[ref.issue] = table
        }
        guard let positions = byIssue[ref.issue]?[ref] else { return nil }
        var entry = ArticleMatches()
        for position in positions {
            let hit = results.hits[position]
            switch hit.field {
            case .headline(let line):
                entry.marks += hit.ranges.map { TextMark(block: ReaderAnchor.headlineBlock(line), range: $0, current: false) }
                entry.inHeadline = true
            case .body(let paragraph):
                entry.marks += hit.ranges.map { TextMark(block: paragraph + 1, range: $0, current: false) }
            }
        }
        return entry
    }
}

extension Array {
    /// The first index whose element fails `belongs`, for an array partitioned by it.
    func partitionPoint(_ belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
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
    let matchTable: MatchTable
    public var current: Int?

    init(query: String, stops: [ArticleRef], matches: MatchTable) {
        self.query = query
        self.stops = stops
        self.matchTable = matches
    }

    public var isEmpty: Bool { stops.isEmpty }

    /// Where article `ref` matched, nil when it did not.
    public func matches(for ref: ArticleRef) -> ArticleMatches? { matchTable.matches(for: ref) }

    public static func == (a: SearchOutcome, b: SearchOutcome) -> Bool {
        a.query == b.query && a.stops == b.stops && a.current == b.current
    }
}
