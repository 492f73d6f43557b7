import Testing
import ScorecardsCore

/// "落实安全生产责任制 / 全年未发生重大质量安全事故".
@Suite struct WorkSafetyArticleTests {
    @Test func everyFigure() throws {
        let paragraphs = try #require(SeedArticles.article(titled: "落实安全生产责任制")).paragraphs
        #expect(paragraphs.count == 3)
        let metrics = MetricExtractor.extract(paragraphs: paragraphs, reportYear: 2017)
        expectMetrics(metrics, [
            ExpectedMetric(label: "出动检查人员", value: 62338, unit: "人次", paragraphs: [1], figure: "62338人次"),
            ExpectedMetric(label: "排查企业", value: 124882, unit: "家次", paragraphs: [1], figure: "124882家次"),
            ExpectedMetric(label: "整改一般隐患", value: 194852, unit: "个", paragraphs: [1], figure: "194852个"),
            ExpectedMetric(label: "各部门投入整改经费", value: 1825.3, unit: "万元", paragraphs: [1], figure: "1825.3万元"),
            ExpectedMetric(label: "查处违法违章案件", value: 640, unit: "起", paragraphs: [1], figure: "640起"),
            ExpectedMetric(label: "违法违章人员", value: 192, unit: "人", paragraphs: [1], figure: "192人"),
            ExpectedMetric(label: "罚款", value: 250.3, unit: "万元", paragraphs: [1], figure: "250.3万元"),
            ExpectedMetric(label: "责令三停", value: 113, unit: "家", paragraphs: [1], figure: "113家"),
            ExpectedMetric(label: "约谈", value: 619, unit: "家", paragraphs: [1], figure: "619家"),
            ExpectedMetric(label: "行政拘留", value: 159, unit: "人", paragraphs: [1], figure: "159人"),
            ExpectedMetric(label: "挂牌整改重大消防隐患", value: 24, unit: "处", paragraphs: [1], figure: "24处"),
            ExpectedMetric(label: "投入安全宣教经费", value: 242.9, unit: "万元", paragraphs: [1], figure: "242.9万元"),
            ExpectedMetric(label: "举办各类培训", value: 994, unit: "期", paragraphs: [1], figure: "994期"),
            ExpectedMetric(label: "培训人数", value: 47963, unit: "人次", paragraphs: [1], figure: "47963人次"),
            ExpectedMetric(label: "组织各类应急演练", value: 1490, unit: "场次", paragraphs: [1], figure: "1490场次"),
            ExpectedMetric(label: "注册企业", value: 5333, unit: "家", paragraphs: [1], figure: "5333家"),
            ExpectedMetric(label: "优秀企业参与申报培训", value: 30, unit: "家", qualifier: "近", paragraphs: [2], figure: "30家"),
            ExpectedMetric(label: "便民环保手提袋", value: 5000, unit: "份", paragraphs: [2], figure: "5000份"),
            ExpectedMetric(label: "完成产品抽检", value: 136, unit: "个批次", paragraphs: [2], figure: "136个批次"),
        ], in: paragraphs)
    }
}
