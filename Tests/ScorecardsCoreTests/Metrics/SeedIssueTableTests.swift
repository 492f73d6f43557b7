import Foundation
import Testing
import ScorecardsCore

/// Runs the extractor over every article of the seed issue and prints the table of metrics.
@Suite struct SeedIssueTableTests {
    @Test func fixtureIsTheSeedVerbatim() {
        #expect(SeedIssue.text.unicodeScalars.count == 18177)
        #expect(SeedIssue.text.unicodeScalars.filter { $0 == "\u{00A0}" }.count == 1)
    }

    @Test func issueSplitsIntoTwentyTwoArticles() {
        let articles = SeedArticles.all
        #expect(articles.count == 22)
        #expect(Set(articles.map(\.section)) == ["发展成绩单", "改革成绩单", "党建成绩单", "稳定成绩单"])
        #expect(articles.last?.headline == ["落实安全生产责任制", "全年未发生重大质量安全事故"])
    }

    @Test func everyMetricOfTheIssue() {
        var table = ["| article | ¶ | label | value | unit | change % | qualifier | year | figure |",
                     "|---|---|---|---|---|---|---|---|---|"]
        var total = 0
        for article in SeedArticles.all {
            let metrics = MetricExtractor.extract(paragraphs: article.paragraphs, reportYear: SeedIssue.reportYear)
            total += metrics.count
            for metric in metrics {
                #expect(!metric.label.isEmpty, "\(article.title): \(metric.value)\(metric.unit)")
                let figures = metric.sources.map { spanText($0, in: article.paragraphs) ?? "?" }
                for figure in figures {
                    // The span may hold 余/多 between number and unit ("2万余家" in 万家).
                    let written = figure.filter { $0 != "余" && $0 != "多" }
                    #expect(written.hasSuffix(metric.unit) || figure.hasPrefix("百分之"), "\(figure) \(metric.unit)")
                }
                let paragraphs = metric.sources.map { String($0.paragraph) }.joined(separator: ",")
                table.append("| \(article.headline[0]) | \(paragraphs) | \(metric.label) | \(format(metric.value)) | "
                    + "\(metric.unit) | \(metric.changePercent.map(format) ?? "") | \(metric.qualifiers.joined(separator: "、")) | "
                    + "\(metric.year.map(String.init) ?? "") | \(figures.joined(separator: ", ")) |")
            }
        }
        table.append("")
        table.append("\(total) metrics")
        for row in table { print(row) }
        // Set METRICS_TABLE to a file path to keep the table as Markdown.
        if let path = ProcessInfo.processInfo.environment["METRICS_TABLE"] {
            try? table.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        // Article by article, without the issue's merge across articles (see FigureFixtureTests).
        #expect(total == 149)
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
