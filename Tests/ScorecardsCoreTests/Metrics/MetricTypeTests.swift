import Foundation
import Testing
import ScorecardsCore

@Suite struct MetricTypeTests {
    @Test(arguments: [
        ("亿元", 1e8, "元", false), ("万元", 1e4, "元", false), ("元", 1, "元", false),
        ("万平方米", 1e4, "平方米", false), ("%", 1, "%", true), ("％", 1, "%", true),
        ("人次", 1, "人次", false), ("万人次", 1e4, "人次", false), ("万", 1e4, "", false),
        ("万家", 1e4, "家", false), ("个工作日", 1, "个工作日", false), ("万种", 1, "万种", false),
    ])
    func parsesUnits(text: String, scale: Double, base: String, isPercent: Bool) {
        let unit = MetricUnit(text)
        #expect(unit.scale == scale)
        #expect(unit.base == base)
        #expect(unit.isPercent == isPercent)
    }

    @Test func computedHelpers() throws {
        let gdp = Metric(label: "地区生产总值", value: 1060, unit: "亿元", changePercent: 8.5, year: 2017)
        #expect(gdp.normalizedValue == 1.06e11)
        #expect(!gdp.isPercent)
        let prior = try #require(gdp.priorValue)
        #expect(abs(prior - 976.958525) < 1e-6)

        let share = Metric(label: "占比", value: 85, unit: "%", changePercent: 2)
        #expect(share.isPercent)
        #expect(share.priorValue == nil)
        #expect(!share.isChangeOnly)

        #expect(Metric(label: "x", value: 10, unit: "个").priorValue == nil)
        #expect(Metric(label: "x", value: 10, unit: "个", changePercent: -100).priorValue == nil)
        #expect(Metric(label: "x", value: 10, unit: "个", changePercent: -50).priorValue == 20)
    }

    @Test func sourceIsCodable() throws {
        let source = MetricSource(paragraph: 3, span: 17..<23)
        let data = try JSONEncoder().encode(source)
        #expect(try JSONDecoder().decode(MetricSource.self, from: data) == source)
    }

    @Test func qualifierListIsClosed() {
        let metrics = SeedArticles.all.flatMap {
            MetricExtractor.extract(paragraphs: $0.paragraphs, reportYear: SeedIssue.reportYear)
        }
        for metric in metrics {
            if let qualifier = metric.qualifier { #expect(MetricQualifier.all.contains(qualifier)) }
        }
        // 多 was only in 100多户, a number of the water article's opening anecdote.
        #expect(Set(metrics.flatMap(\.qualifiers)) == ["预计", "约", "近", "超过", "余", "以上", "以内"])
    }
}
