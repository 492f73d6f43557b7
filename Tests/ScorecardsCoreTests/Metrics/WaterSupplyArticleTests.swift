import Testing
import ScorecardsCore

/// "二次供水改造惠及5300户居民 / “四水共治”成效初见".
@Suite struct WaterSupplyArticleTests {
    @Test func everyFigure() throws {
        let paragraphs = try #require(SeedArticles.article(titled: "二次供水改造惠及5300户居民")).paragraphs
        #expect(paragraphs.count == 5)
        let metrics = MetricExtractor.extract(paragraphs: paragraphs, reportYear: 2017)
        expectMetrics(metrics, [
            // 100多户居民 (¶1) tells of one compound: the article's total, 5300户, supersedes it.
            ExpectedMetric(label: "二次供水设施改造投资", value: 3996, unit: "万元", paragraphs: [2], figure: "3996万元"),
            ExpectedMetric(label: "完成二次供水设施改造工作的老旧社区", value: 34, unit: "个", paragraphs: [2], figure: "34个"),
            ExpectedMetric(label: "二次供水设施改造涉及街道", value: 6, unit: "条", paragraphs: [2], figure: "6条"),
            ExpectedMetric(label: "居民受益", value: 5300, unit: "户", qualifier: "约", paragraphs: [2], figure: "5300户"),
            ExpectedMetric(label: "重点项目投资", value: 37926, unit: "万元", paragraphs: [3], figure: "37926万元"),
            ExpectedMetric(label: "推进重点项目", value: 21, unit: "个", paragraphs: [3], figure: "21个"),
            ExpectedMetric(label: "PM10", value: 7.9, unit: "%", change: -7.9, paragraphs: [4], figure: "7.9%"),
            ExpectedMetric(label: "PM2.5", value: 11.3, unit: "%", change: -11.3, paragraphs: [4], figure: "11.3%"),
            ExpectedMetric(label: "空气质量优良天数", value: 260, unit: "天", paragraphs: [4], figure: "260天"),
        ], in: paragraphs)
    }

    @Test func theHeadlineWordsTheFigureItStates() throws {
        let article = try #require(SeedArticles.article(titled: "二次供水改造惠及5300户居民"))
        let metrics = MetricExtractor.extract(paragraphs: article.paragraphs, reportYear: 2017, headline: article.headline)
        #expect(metrics.first { $0.value == 5300 }?.label == "二次供水改造惠及居民")
    }

    @Test func changeOnlyMetricsAreMarked() throws {
        let paragraphs = try #require(SeedArticles.article(titled: "二次供水改造惠及5300户居民")).paragraphs
        let metrics = MetricExtractor.extract(paragraphs: paragraphs, reportYear: 2017)
        #expect(metrics.filter(\.isChangeOnly).map(\.label) == ["PM10", "PM2.5"])
        #expect(metrics.allSatisfy { $0.isChangeOnly || $0.changePercent == nil })
    }
}
