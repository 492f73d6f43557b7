import Foundation
import ScorecardsCore

/// The bundled issue (a copy of the project's seed) split into search documents: one per
/// article, headline lines and paragraphs as printed.
enum SearchSeedIssue {
    static let fileName = "changjiang-chengqu-duben-2018-01-dacheng-wuchang.txt"

    static let text: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources").appendingPathComponent(fileName)
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    static let documents: [SearchDocument] = split(text)

    /// Pages start with `B1`, a page number and `发展成绩单:`; an article is one or two
    /// short lines (its headline) followed by paragraphs.
    static func split(_ text: String) -> [SearchDocument] {
        let scorecards = ["发展": "development", "改革": "reform", "党建": "party-building", "稳定": "stability"]
        let lines = text.components(separatedBy: .newlines)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var documents: [SearchDocument] = []
        var scorecard: String?
        var articleIndex = 0
        var headline: [String] = []
        var paragraphs: [String] = []

        func finishArticle() {
            guard let scorecard, !headline.isEmpty else { return }
            documents.append(SearchDocument(id: "\(scorecard)/\(articleIndex)", headline: headline, paragraphs: paragraphs))
            articleIndex += 1
            headline = []
            paragraphs = []
        }

        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.range(of: #"^B\d+$"#, options: .regularExpression) != nil, index + 2 < lines.count,
               let name = scorecards.first(where: { lines[index + 2].hasPrefix($0.key) })?.value {
                finishArticle()
                scorecard = name
                articleIndex = 0
                index += 3
                continue
            }
            if line.contains("打印本页") { break }
            if scorecard != nil {
                let isHeadline = line.count <= 40 && !line.hasSuffix("。")
                if isHeadline {
                    if !paragraphs.isEmpty || headline.count == 2 { finishArticle() }
                    headline.append(line)
                } else {
                    paragraphs.append(line)
                }
            }
            index += 1
        }
        finishArticle()
        return documents
    }
}
