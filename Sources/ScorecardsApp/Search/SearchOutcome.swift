import ScorecardsCore

/// Where one article matched a search: stretches of its headline lines and paragraphs.
public struct ArticleMatches: Equatable, Sendable {
    public var spans: [ArticleSpan] = []

    public init(spans: [ArticleSpan] = []) {
        self.spans = spans
    }

    public var inHeadline: Bool { spans.contains { $0.part.isHeadline } }

    /// Matches within headline line `line`, in scalars of that line.
    public func headlineRanges(line: Int) -> [Range<Int>] {
        spans.filter { $0.part == .headline(line: line) }.map(\.range)
    }
}

/// The result of the current search, as plain values: the articles in n/N order, which one
/// is current once the user has moved to a hit, and where each article of one issue (the
/// one shown) matched.
public struct SearchOutcome: Equatable, Sendable {
    public var query: String
    public var stops: [ArticleRef]
    public var current: Int?
    /// The issue `matches` covers.
    public let issue: Int
    private let matches: [ArticleRef: ArticleMatches]

    public init(query: String, stops: [ArticleRef], current: Int? = nil, issue: Int, matches: [ArticleRef: ArticleMatches]) {
        self.query = query
        self.stops = stops
        self.current = current
        self.issue = issue
        self.matches = matches
    }

    public var isEmpty: Bool { stops.isEmpty }

    /// Where article `ref` matched; nil when it did not, or when it is in another issue
    /// than the one the matches were worked out for.
    public func matches(for ref: ArticleRef) -> ArticleMatches? { matches[ref] }
}
