/// One article as the search engine sees it: an id, its headline lines and its paragraphs.
public struct SearchDocument: Sendable, Equatable {
    public var id: String
    public var headline: [String]
    public var paragraphs: [String]

    public init(id: String, headline: [String], paragraphs: [String]) {
        self.id = id
        self.headline = headline
        self.paragraphs = paragraphs
    }
}

/// Where in a document a hit lies.
public enum SearchField: Hashable, Sendable {
    case headline(line: Int)
    case body(paragraph: Int)

    public var isHeadline: Bool {
        if case .headline = self { return true }
        return false
    }
}
