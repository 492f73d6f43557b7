import ScorecardsCore
import ScorecardsTestSupport

/// One article of the seed issue, as the project's parser reads it.
struct SeedArticle {
    var section: String
    var headline: [String]
    var paragraphs: [String]

    var title: String { headline.joined(separator: " / ") }
}

/// The seed issue, and its articles as the parser gives them.
enum SeedIssue {
    static let text: String = (try? Fixtures.seedText()) ?? ""
    static let reportYear = 2017
}

enum SeedArticles {
    static let all: [SeedArticle] = {
        guard let issue = try? Fixtures.parsedSeed() else { return [] }
        return issue.scorecards.flatMap { card in
            card.articles.map { SeedArticle(section: card.name, headline: $0.headline, paragraphs: $0.paragraphs) }
        }
    }()

    static func article(titled first: String) -> SeedArticle? {
        all.first { $0.headline.first == first }
    }
}
