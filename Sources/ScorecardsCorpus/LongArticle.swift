/// An issue with one very long article, for the tests and measurements of responsiveness:
/// a file the program accepts (under the size limit) whose one article is far longer than
/// any real one, so that every piece of work that grows with an article's length shows.
///
/// The article's paragraphs are the seed issue's sentences in order, cycling, joined until
/// a paragraph has at least `paragraphLength` characters: with the default 20,000
/// paragraphs of about a hundred characters the file is about 5.9 MB. The title carries
/// `（合成数据）` like every generated issue.
public enum LongArticle {
    /// Characters a paragraph reaches before it ends at the next sentence end.
    public static let paragraphLength = 68

    public static let headline = ["一篇两万段的长文", "检验每个按键的响应"]

    /// The paragraphs of the long article.
    public static func paragraphs(count: Int) -> [String] {
        let sentences = seedSentences
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(max(0, count))
        var next = 0
        while paragraphs.count < count {
            var paragraph = ""
            var length = 0
            while length < paragraphLength {
                let sentence = sentences[next % sentences.count]
                paragraph += sentence
                length += sentence.count
                next += 1
            }
            paragraphs.append(paragraph)
        }
        return paragraphs
    }

    /// The file's text: the seed's masthead and 发展成绩单 heading, then the one article.
    public static func text(paragraphs count: Int = 20_000) -> String {
        var layout = IssueLayout()
        layout.masthead(
            title: "《\(SeedIssue.publication)》2018年第1期.\(SeedIssue.edition)\(CorpusGenerator.syntheticMark)",
            source: SeedIssue.source, date: SeedIssue.firstDate, edition: SeedIssue.edition)
        let card = SeedIssue.document.scorecards[0]
        layout.scorecard(page: card.page ?? "B1", number: 1, name: card.name)
        layout.article(headline: headline, paragraphs: paragraphs(count: count))
        layout.footer(SeedIssue.footer)
        return layout.text
    }

    /// Every sentence of the seed issue's paragraphs, each with its closing mark.
    static var seedSentences: [String] {
        var sentences: [String] = []
        for paragraph in SeedIssue.document.allArticles.flatMap(\.paragraphs) {
            var sentence = ""
            for character in paragraph {
                sentence.append(character)
                if "。！？".contains(character) {
                    sentences.append(sentence)
                    sentence = ""
                }
            }
        }
        return sentences
    }
}
