/// The four scorecards these supplements print, and their stable ids.
public enum ScorecardKind: String, CaseIterable, Sendable {
    case development, reform, partyBuilding = "party-building", stability

    /// The word before 成绩单 on the page.
    public var word: String {
        switch self {
        case .development: "发展"
        case .reform: "改革"
        case .partyBuilding: "党建"
        case .stability: "稳定"
        }
    }

    public init?(word: String) {
        guard let kind = Self.allCases.first(where: { $0.word == word }) else { return nil }
        self = kind
    }
}
