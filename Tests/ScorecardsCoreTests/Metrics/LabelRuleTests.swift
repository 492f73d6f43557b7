import Testing
import ScorecardsCore

/// Label, qualifier and period rules on single sentences of the seed.
@Suite struct LabelRuleTests {
    private func extract(_ paragraph: String, reportYear: Int? = 2017) -> [Metric] {
        MetricExtractor.extract(paragraphs: [paragraph], reportYear: reportYear)
    }

    @Test func shareClauseNamesTheShareOfThePreviousFigure() {
        let metrics = extract("2017年,武昌区服务业产值预计达910亿元,占GDP比重超过85%。")
        #expect(metrics.map(\.label) == ["服务业产值", "服务业产值占GDP比重"])
        #expect(metrics.map(\.qualifier) == ["预计", "超过"])
        #expect(metrics.map(\.year) == [2017, 2017])
    }

    @Test func shareOfAPopulation() {
        let metrics = extract("目前全区志愿者网上登记注册人数已达18万人,占城区常住人口总数的14.8%。")
        #expect(metrics.map(\.label) == ["志愿者网上登记注册人数", "志愿者网上登记注册人数占城区常住人口总数"])
        #expect(metrics.map(\.unit) == ["万人", "%"])
        #expect(metrics.first?.normalizedValue == 180_000)
    }

    @Test func examplesBeforeEtcAreDropped() {
        let metrics = extract("引进神华集团、恒丰银行、史带财险、福中集团等500强企业分支机构9家、研发机构1家。")
        // 引进 stays: the institutions were brought in, and the list's second item too.
        #expect(metrics.map(\.label) == ["引进500强企业分支机构", "引进研发机构"])
        #expect(metrics.map(\.value) == [9, 1])
        #expect(metrics.map(\.scope) == [["引进"], ["引进"]])
    }

    @Test func parentheticalIsLeftOut() {
        let metrics = extract("各级党(工)委(组)组织中心组学习600余场次,覆盖副处级以上领导干部3万余人次。")
        #expect(metrics.map(\.label) == ["各级党委组织中心组学习", "覆盖副处级以上领导干部"])
        #expect(metrics.map(\.unit) == ["场次", "万人次"])
        #expect(metrics.map(\.qualifier) == ["余", "余"])
    }

    @Test func countFollowedByItsNoun() {
        // 帮助 makes the firms the doers of 融资: the count reads with its predicate.
        let metrics = extract("帮助43家中小企业融资6.7亿元。")
        #expect(metrics.map(\.label) == ["中小企业融资", "中小企业融资"])
        #expect(metrics.map(\.unit) == ["家", "亿元"])
    }

    @Test func qualifierAfterUnit() {
        let metrics = extract("全区食品药品举报投诉办结率、沟通率、回访率均达到了100%,群众投诉满意率达到了95%以上。")
        #expect(metrics.map(\.label) == ["食品药品举报投诉办结率、沟通率、回访率", "群众投诉满意率"])
        #expect(metrics.map(\.qualifier) == [nil, "以上"])
        #expect(metrics.last.map { spanText($0.sources[0], in: ["全区食品药品举报投诉办结率、沟通率、回访率均达到了100%,群众投诉满意率达到了95%以上。"]) } == "95%")
    }

    @Test func scaleWithInnerQualifier() throws {
        let paragraph = "全年新增市场主体2万余家,总量保持全市中心城区第一。"
        let metric = try #require(extract(paragraph).first)
        #expect(metric.label == "新增市场主体")
        #expect(metric.value == 2)
        #expect(metric.unit == "万家")
        #expect(metric.qualifier == "余")
        #expect(metric.normalizedValue == 20000)
        #expect(spanText(metric.sources[0], in: [paragraph]) == "2万余家")
    }

    @Test func sameFigureInOneParagraphIsOneMetric() {
        let paragraph = "2017年3月,武昌区公开招募15名年轻科级干部到征收拆迁岗位上拼实绩。这15名干部,工作一年后将优先予以提拔。"
        let metrics = extract(paragraph)
        #expect(metrics.count == 1)
        #expect(metrics.first?.label == "公开招募年轻科级干部")
        #expect(metrics.first?.sources.count == 2)
        #expect(metrics.first?.year == 2017)
    }

    @Test func differentFiguresWithTheSameLabelStaySeparate() {
        let metrics = extract("投资3996万元完成改造。投资37926万元推进21个重点项目。")
        #expect(metrics.map(\.value) == [3996, 37926, 21])
    }

    @Test func changeWordsAndSigns() {
        let metrics = extract("违法犯罪警情同比下降17%,固定资产投资235亿元,增长17%;社会消费品零售额减少了3.2%。")
        #expect(metrics.map(\.label) == ["违法犯罪警情", "固定资产投资", "社会消费品零售额"])
        #expect(metrics.map(\.changePercent) == [-17, 17, -3.2])
        #expect(metrics.map(\.isChangeOnly) == [true, false, true])
    }

    @Test func changeAfterComparisonWords() {
        let metrics = extract("营业收入50亿元,同比增长12%;利润3亿元,增幅5%;能耗2万吨,比上年下降了4.5%。")
        #expect(metrics.map(\.label) == ["营业收入", "利润", "能耗"])
        #expect(metrics.map(\.changePercent) == [12, 5, -4.5])
        #expect(metrics.map(\.unit) == ["亿元", "亿元", "万吨"])
    }

    @Test func periodWords() {
        let paragraphs = [
            "今年来,新增双创空间10.5万平方米。",
            "去年10月,武昌区新建养老床位300张。",
            "前年,武昌区新建养老床位200张。",
            "从2015年起,连续3年每年安排1亿元资金。",
            "近年来,召开14场社会治理创新现场推进会。",
        ]
        let metrics = MetricExtractor.extract(paragraphs: paragraphs, reportYear: 2017)
        #expect(metrics.map(\.year) == [2017, 2017, 2016, 2017, 2017])
        let noArticleYear = MetricExtractor.extract(paragraphs: ["近年来,召开14场社会治理创新现场推进会。"], reportYear: 2017)
        #expect(noArticleYear.map(\.year) == [nil])
        let unknownReportYear = MetricExtractor.extract(paragraphs: paragraphs, reportYear: nil)
        // 从2015年起,连续3年 is 2015–2017 whatever year the issue reports on.
        #expect(unknownReportYear.map(\.year) == [nil, nil, nil, 2017, nil])
    }

    @Test func moneyTakesThePurposeThatFollows() {
        let metrics = extract("从2015年起,连续3年每年安排1亿元资金,推动社区党员群众服务中心提档升级。")
        #expect(metrics.map(\.label) == ["社区党员群众服务中心提档升级资金"])
        #expect(metrics.first?.period == MetricPeriod(start: 2015, end: 2017, perYear: true))
    }
}
