import Testing
import ScorecardsCore

/// "完善政务服务体系 / 93项服务事项下移街道", and the 改革成绩单 lead's list of 三办 items.
@Suite struct GovernmentServiceArticleTests {
    @Test func everyFigure() throws {
        let paragraphs = try #require(SeedArticles.article(titled: "完善政务服务体系")).paragraphs
        #expect(paragraphs.count == 6)
        let metrics = MetricExtractor.extract(paragraphs: paragraphs, reportYear: 2017)
        expectMetrics(metrics, [
            ExpectedMetric(label: "办理权限全部下移街道行政事务服务中心的服务事项", value: 93, unit: "项", paragraphs: [1], figure: "93项"),
            ExpectedMetric(label: "街道建立行政事务服务中心", value: 14, unit: "个", paragraphs: [3], figure: "14个"),
            ExpectedMetric(label: "办证时间", value: 7, unit: "个工作日", qualifier: "以内", paragraphs: [4],
                           figure: "7个工作日"),
            ExpectedMetric(label: "行政许可事项全部划转的部门", value: 17, unit: "个", paragraphs: [4], figure: "17个"),
            ExpectedMetric(label: "全部划转的行政许可事项", value: 80, unit: "大项", paragraphs: [4], figure: "80大项"),
        ], in: paragraphs)
    }

    @Test func reformLeadSharesOutTheThreeServiceCounts() throws {
        let paragraphs = try #require(SeedArticles.article(titled: "坚持问题导向")).paragraphs
        let paragraph = paragraphs[2]
        let metrics = MetricExtractor.extract(paragraphs: [paragraph], reportYear: 2017)
        let listed = metrics.filter { $0.unit == "项" }
        #expect(listed.map(\.label) == ["马上办事项", "网上办事项", "一次办事项", "服务事项下移街道行政事务服务中心办理"])
        #expect(listed.map(\.value) == [348, 191, 498, 93])
        let notices = try #require(metrics.first { $0.unit == "条" })
        #expect(notices.label == "主动公开政府信息")
        #expect(notices.value == 20000)
        #expect(notices.qualifier == "余")
        #expect(spanText(notices.sources[0], in: [paragraph]) == "两万余条")
        let complaints = try #require(metrics.first { $0.unit == "万件" })
        #expect(complaints.value == 7)
        #expect(complaints.normalizedValue == 70000)
        #expect(complaints.qualifier == "余")
        let satisfaction = try #require(metrics.first { $0.isPercent })
        #expect(satisfaction.label == "办理群众各类诉求满意率")
        #expect(satisfaction.value == 86.3)
    }
}
