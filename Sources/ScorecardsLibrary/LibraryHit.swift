import ScorecardsCore

/// A passage that matched a search: an article's headline or one of its paragraphs.
public struct LibraryHit: Equatable, Sendable {
    public enum Field: Equatable, Hashable, Sendable {
        /// One line of the headline, or several when the query is in more than one.
        case headline
        /// Index into the article's paragraphs.
        case paragraph(Int)
    }

    public var issueID: Int64
    public var issueDate: String?
    /// The article's id within its issue (`development/3`), as in `IssueDocument`.
    public var articleID: String
    public var field: Field
    /// The excerpt around the first match, as `SearchResults.highlightedSnippet` cuts it
    /// for a file, with the matches in it (`highlights`, in `Character` offsets).
    public var snippet: String
    public var highlights: [Range<Int>] = []
    public var tier: MatchTier = .substring
    /// The article's headline lines, and the issue's number (2018年第2期).
    public var headline: [String] = []
    public var issueNumber: String?

    public init(issueID: Int64, issueDate: String?, articleID: String, field: Field, snippet: String) {
        self.issueID = issueID
        self.issueDate = issueDate
        self.articleID = articleID
        self.field = field
        self.snippet = snippet
    }
}
