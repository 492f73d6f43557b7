import Testing
import ScorecardsCore

/// 发展成绩单 lead article: "区域GDP跨千亿大关 / 城区品质稳步提升".
@Suite struct LeadArticleTests {
    let article = SeedArticles.article(titled: "区域GDP跨千亿大关")

    @Test func articleHasSevenParagraphs() throws {
        let article = try #require(article)
        #expect(article.section == "发展成绩单")
        #expect(article.headline == ["区域GDP跨千亿大关", "城区品质稳步提升"])
        #expect(article.paragraphs.count == 7)
        #expect(article.paragraphs.first?.hasPrefix("江流贤胜") == true)
        #expect(article.paragraphs.last?.hasPrefix("为强化城区功能") == true)
    }

    @Test func everyFigure() throws {
        let paragraphs = try #require(article).paragraphs
        let metrics = MetricExtractor.extract(paragraphs: paragraphs, reportYear: 2017)
        expectMetrics(metrics, [
            ExpectedMetric(label: "地区生产总值", value: 1060, unit: "亿元", change: 8.5, qualifier: "预计",
                           paragraphs: [3, 5], figure: "1060亿元"),
            ExpectedMetric(label: "服务业产值", value: 910, unit: "亿元", change: 8.5, qualifier: "预计", paragraphs: [5], figure: "910亿元"),
            ExpectedMetric(label: "一般公共预算总收入", value: 217.1, unit: "亿元", change: 15.8, qualifier: "预计",
                           paragraphs: [5], figure: "217.1亿元"),
            ExpectedMetric(label: "地方一般公共预算收入", value: 128, unit: "亿元", change: 19, qualifier: "预计",
                           paragraphs: [5], figure: "128亿元"),
            ExpectedMetric(label: "固定资产投资", value: 235, unit: "亿元", change: 17, qualifier: "预计", paragraphs: [5], figure: "235亿元"),
            ExpectedMetric(label: "招商引资总额", value: 686.4, unit: "亿元", change: 51.3, qualifier: "预计",
                           paragraphs: [5], figure: "686.4亿元"),
            ExpectedMetric(label: "社会销售品零售总额", value: 681.7, unit: "亿元", change: 10, qualifier: "预计",
                           paragraphs: [5], figure: "681.7亿元"),
            ExpectedMetric(label: "实施重点项目", value: 21, unit: "个", paragraphs: [6], figure: "21个"),
        ], in: paragraphs)
    }

    @Test func repeatedFigureKeepsBothSources() throws {
        let paragraphs = try #require(article).paragraphs
        let gdp = try #require(MetricExtractor.extract(paragraphs: paragraphs, reportYear: 2017).first)
        #expect(gdp.sources.count == 2)
        let texts = gdp.sources.map { spanText($0, in: paragraphs) }
        #expect(texts == ["1060亿元", "1060亿元"])
        #expect(gdp.normalizedValue == 1060e8)
    }
}
