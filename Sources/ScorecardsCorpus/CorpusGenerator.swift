import ScorecardsBundle
import Foundation
import ScorecardsCore

/// Synthetic issues for tests and measurements, built from the seed issue's articles.
///
/// Issue k (from 1) is dated k−1 weeks after 2018-01-15 and numbered within its year
/// (`2018年第2期`, …, `2019年第1期`). Each keeps the four scorecards in order with their
/// leads, and a shuffled subset (at least half) of each scorecard's other articles; every
/// figure is varied (`FigureVariation`). The title line carries `（合成数据）`, so the parsed
/// `IssueDocument.title` itself says the issue is synthetic. Issue k depends only on the
/// seed and k: a shorter corpus is a prefix of a longer one with the same seed.
public enum CorpusGenerator {
    public static let syntheticMark = "（合成数据）"

    /// The seed issue file the corpus is built from (《长江日报城区读本》2018年第1期), as text.
    public static var seedText: String { BundledIssue.rawText }

    public static func issueTexts(count: Int, seed: UInt64) -> [String] {
        guard count > 0 else { return [] }
        return (1...count).map { issueText(index: $0, seed: seed) }
    }

    /// The text of issue `index` (1-based) of the corpus named by `seed`.
    public static func issueText(index: Int, seed: UInt64) -> String {
        var random = SplitMix64(seed: SplitMix64.mix(seed) ^ SplitMix64.mix(UInt64(truncatingIfNeeded: index)))
        let date = SeedIssue.firstDate.adding(days: 7 * (index - 1))
        let variation = FigureVariation(salt: random.next(), yearShift: date.year - SeedIssue.firstDate.year)
        var layout = IssueLayout()
        layout.masthead(
            title: "《\(SeedIssue.publication)》\(issueNumber(for: date)).\(SeedIssue.edition)\(syntheticMark)",
            source: SeedIssue.source, date: date, edition: SeedIssue.edition)
        for (position, card) in SeedIssue.document.scorecards.enumerated() {
            layout.scorecard(page: card.page ?? "B\(position + 1)", number: position + 1, name: card.name)
            guard let lead = card.articles.first else { continue }
            for article in [lead] + pick(Array(card.articles.dropFirst()), using: &random) {
                layout.article(headline: article.headline.map(variation.apply),
                               paragraphs: article.paragraphs.map(variation.apply))
            }
        }
        layout.footer(SeedIssue.footer)
        return layout.text
    }

    /// Writes `issue-0001.txt` … into `directory`, creating it, and returns the paths in order.
    @discardableResult
    public static func writeCorpus(count: Int, seed: UInt64, to directory: String) throws(CorpusError) -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CorpusError(path: directory, reason: "cannot create the directory (\(error.localizedDescription))")
        }
        var paths: [String] = []
        for index in stride(from: 1, through: count, by: 1) {
            let path = (directory as NSString).appendingPathComponent(fileName(index: index))
            do {
                try Data(issueText(index: index, seed: seed).utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw CorpusError(path: path, reason: "cannot write (\(error.localizedDescription))")
            }
            paths.append(path)
        }
        return paths
    }

    /// `issue-0001.txt`: zero-padded so that a sorted listing is issue order.
    public static func fileName(index: Int) -> String {
        let digits = String(index)
        return "issue-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".txt"
    }

    /// `2018年第2期`: the issue's place among the weekly issues dated in its year.
    static func issueNumber(for date: CivilDate) -> String {
        let first = SeedIssue.firstDate.dayNumber
        let newYear = CivilDate(year: date.year, month: 1, day: 1).dayNumber
        let firstInYear = first + 7 * max(0, (newYear - first + 6) / 7)
        return "\(date.year)年第\((date.dayNumber - firstInYear) / 7 + 1)期"
    }

    /// At least half of the articles (and at least one), in a shuffled order.
    private static func pick(_ articles: [Article], using random: inout SplitMix64) -> [Article] {
        guard !articles.isEmpty else { return [] }
        let least = max(1, (articles.count + 1) / 2)
        let count = least + Int(random.next() % UInt64(articles.count - least + 1))
        return Array(articles.shuffled(using: &random).prefix(count))
    }
}

/// Why the corpus could not be written; one line naming the path.
public struct CorpusError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
