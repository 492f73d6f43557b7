import Foundation
import ScorecardsCore
import Testing
@testable import ScorecardsCorpus

@Suite struct CorpusGeneratorTests {
    @Test func sameSeedSameCorpusAndShorterIsPrefix() {
        let five = CorpusGenerator.issueTexts(count: 5, seed: 99)
        #expect(five == CorpusGenerator.issueTexts(count: 5, seed: 99))
        #expect(Array(CorpusGenerator.issueTexts(count: 8, seed: 99).prefix(5)) == five)
        #expect(CorpusGenerator.issueTexts(count: 5, seed: 100) != five)
        #expect(Set(five).count == 5)
    }

    @Test func issuesParseCleanlyAndAreMarkedSynthetic() throws {
        let seed = try IssueParser.parse(text: CorpusGenerator.seedText).issue
        for (offset, text) in Fixtures.corpus20.enumerated() {
            let index = offset + 1
            let parsed = try IssueParser.parse(text: text)
            #expect(parsed.warnings.isEmpty, "issue \(index): \(parsed.warnings.map(\.message))")
            let issue = parsed.issue
            #expect(issue.scorecards.map(\.id) == ["development", "reform", "party-building", "stability"])
            #expect(issue.title?.contains(CorpusGenerator.syntheticMark) == true)
            #expect(issue.publication == "长江日报城区读本")
            #expect(issue.source == seed.source)
            #expect(issue.number == "2018年第\(index)期")
            let date = CivilDate(year: 2018, month: 1, day: 15).adding(days: 7 * offset)
            #expect(issue.date == date.iso)
            // Leads stay first; every article is one of the seed's, with its headline shape.
            for (card, seedCard) in zip(issue.scorecards, seed.scorecards) {
                #expect(card.articles.first?.kind == .lead)
                #expect(card.articles.count >= 2 && card.articles.count <= seedCard.articles.count)
            }
            // Figures are varied: compared with the same seed article (matched on the headline
            // without its digits), few stated values stay the same. Those that do are Chinese
            // numerals (两万余条), left as written, or small numbers that round back.
            var same = 0, compared = 0
            for article in issue.allArticles {
                let original = try #require(seed.allArticles.first { Self.shape($0.headline) == Self.shape(article.headline) })
                #expect(article.paragraphs.count == original.paragraphs.count)
                for (varied, stated) in zip(article.metrics, original.metrics) {
                    compared += 1
                    if varied.value == stated.value { same += 1 }
                }
            }
            #expect(compared > 50 && same * 10 < compared, "issue \(index): \(same) of \(compared) figures unchanged")
        }
    }

    private static func shape(_ headline: [String]) -> String {
        headline.joined().filter { !$0.isASCII || !($0.isNumber || $0 == ".") }
    }

    @Test func numberingRestartsEachYearAndYearsShift() throws {
        // Issue 51 is the first dated in 2019 (2018-01-15 + 50 weeks = 2018-12-31, + 51 weeks = 2019-01-07).
        #expect(CorpusGenerator.issueNumber(for: CivilDate(year: 2018, month: 12, day: 31)) == "2018年第51期")
        #expect(CorpusGenerator.issueNumber(for: CivilDate(year: 2019, month: 1, day: 7)) == "2019年第1期")
        let issue = try IssueParser.parse(text: CorpusGenerator.issueText(index: 52, seed: 5)).issue
        #expect(issue.number == "2019年第1期")
        #expect(issue.date == "2019-01-07")
        #expect(issue.reportYear == 2018)
        // 2017 in the seed's text is the year reported on: shifted with the issue.
        let years = Set(issue.allArticles.flatMap(\.metrics).compactMap(\.year))
        #expect(years.contains(2018) && !years.contains(2017))
    }

    @Test func figureVariationKeepsYearsDatesCodesAndPlaces() {
        let variation = FigureVariation(salt: 1, yearShift: 2)
        let text = "2017年12月4日,PM2.5下降,第3家,101号,投资37926万元,增长8.5%,2015-2017年。"
        let varied = variation.apply(text)
        #expect(varied.hasPrefix("2019年12月4日,PM2.5下降,第3家,101号,投资"))
        #expect(varied.hasSuffix("2017-2019年。"))
        #expect(!varied.contains("37926万元") && varied.contains("万元"))
        // One decimal place kept; the same figure restated gets the same value.
        #expect(variation.apply("增长8.5%") == variation.apply("增长8.5%"))
        #expect(variation.apply("增长8.5%").split(separator: ".").last?.count == 2)
    }

    @Test func civilDates() {
        #expect(CivilDate(year: 2018, month: 1, day: 15).weekdayWord == "一")
        #expect(CivilDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CivilDate(dayNumber: CivilDate(year: 2024, month: 2, day: 29).dayNumber) == CivilDate(year: 2024, month: 2, day: 29))
        #expect(CivilDate(year: 2018, month: 12, day: 31).adding(days: 1).iso == "2019-01-01")
    }

    @Test func writeCorpusNamesFilesInOrder() throws {
        let directory = try TempDirectory()
        let paths = try CorpusGenerator.writeCorpus(count: 3, seed: 1, to: directory.file("corpus"))
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ["issue-0001.txt", "issue-0002.txt", "issue-0003.txt"])
        #expect(try String(contentsOfFile: paths[1], encoding: .utf8) == CorpusGenerator.issueText(index: 2, seed: 1))
        #expect(throws: CorpusError.self) { try CorpusGenerator.writeCorpus(count: 1, seed: 1, to: "/proc/no-such/dir") }
    }
}
