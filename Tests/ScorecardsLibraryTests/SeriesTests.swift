import Foundation
import ScorecardsCore
import ScorecardsCorpus
import Testing
@testable import ScorecardsLibrary

@Suite struct SeriesTests {
    @Test func seriesAcrossIssuesInDateOrder() throws {
        let directory = try TempDirectory()
        let corpus = try Fixtures.writeCorpus(Array(Fixtures.corpus20.prefix(8)), in: directory, folder: "corpus")
        let library = try IssueLibrary(path: directory.file("library.sqlite"))
        try library.import(paths: [corpus])
        let documents = try library.loadAll()

        let labels = try library.seriesLabels(minimumIssues: 8)
        let candidate = try #require(labels.first { $0.baseUnit == "元" })
        let points = try library.metricSeries(label: candidate.label, baseUnit: candidate.baseUnit,
                                              scorecard: candidate.scorecard)
        #expect(Set(points.map(\.issueID)).count == 8)
        #expect(points.map { $0.issueDate ?? "" } == points.map { $0.issueDate ?? "" }.sorted())
        for point in points {
            #expect(point.baseUnit == "元")
            #expect(point.normalizedValue == point.value * MetricUnit(point.unit).scale)
        }
        // The same figures the documents carry: the scorecard's, each fact once.
        let cards: [Scorecard] = documents.flatMap(\.scorecards).filter { $0.id == candidate.scorecard }
        let metrics: [Metric] = cards.flatMap(\.articles).flatMap(\.metrics)
        let expected = metrics.filter { $0.label == candidate.label && $0.parsedUnit.base == "元" && $0.sameAs == nil }.count
        #expect(points.count == expected)
        #expect(try library.metricSeries(label: candidate.label, baseUnit: "元", scorecard: "no-such-page").isEmpty)
        #expect(try library.metricSeries(label: candidate.label, baseUnit: "户").isEmpty)
        #expect(try library.metricSeries(label: candidate.label).count >= points.count)
        #expect(try library.metricSeries(label: "没有这个指标").isEmpty)
    }
}
