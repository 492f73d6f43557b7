import ScorecardsCore

extension LibraryHit.Field {
    /// The part of the article the hit lies in. The library stores a headline as one passage,
    /// so a headline hit is placed at its first line.
    public var part: ArticlePart {
        switch self {
        case .headline: .headline(line: 0)
        case .paragraph(let p): .paragraph(p)
        }
    }
}
