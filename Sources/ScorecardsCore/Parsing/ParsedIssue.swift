/// Something the parser noticed but could work around, such as a file cut short.
public struct ParseWarning: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The file ended inside a multi-byte character.
        case truncatedCharacter
        /// An article's headline with no text after it.
        case missingText(headline: String)
        /// Fewer scorecards than the four, the rest presumably cut off.
        case missingScorecards(present: Int, missing: [String])
        /// The last paragraph does not end a sentence.
        case midSentence(tail: String)
        case noArticles(scorecard: String)
    }

    public var kind: Kind
    /// 1-based line in the file, when the warning is about a place.
    public var line: Int?

    public init(_ kind: Kind, line: Int? = nil) {
        self.kind = kind
        self.line = line
    }

    /// In English, for the command line; the dashboard words it in its own language.
    public var message: String {
        switch kind {
        case .truncatedCharacter: "the file ends in the middle of a character; it was dropped"
        case .missingText(let headline): "the text of “\(headline)” is missing"
        case .missingScorecards(let present, let missing):
            "only \(present) of the 4 scorecards; missing \(missing.joined(separator: "、"))"
        case .midSentence(let tail): "the last paragraph stops mid-sentence: …\(tail)"
        case .noArticles(let name): "\(name) has no articles"
        }
    }
}

/// What parsing a file gives: the issue and what was wrong with it.
public struct ParsedIssue: Sendable {
    public var issue: IssueDocument
    public var warnings: [ParseWarning]
    public var encoding: TextEncoding
}
