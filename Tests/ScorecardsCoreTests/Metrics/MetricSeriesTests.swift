import Testing
import ScorecardsCore

@Suite struct MetricSeriesTests {
    @Test func priorYearFromStatedChange() throws {
        let paragraphs = try #require(SeedArticles.article(titled: "区域GDP跨千亿大关")).paragraphs
        let gdp = try #require(MetricExtractor.extract(paragraphs: paragraphs, reportYear: 2017).first)
        let prior = try #require(MetricSeries.derivedPrior(gdp))
        #expect(prior.year == 2016)
        #expect(abs(prior.value - 976.96) < 0.005)
    }

    @Test func noPriorWithoutYearChangeOrForPercents() {
        #expect(MetricSeries.derivedPrior(Metric(label: "a", value: 10, unit: "个", changePercent: 5)) == nil)
        #expect(MetricSeries.derivedPrior(Metric(label: "a", value: 10, unit: "个", year: 2017)) == nil)
        #expect(MetricSeries.derivedPrior(Metric(label: "a", value: 7.9, unit: "%", changePercent: -7.9, year: 2017)) == nil)
        #expect(MetricSeries.derivedPrior(Metric(label: "a", value: 1, unit: "个", changePercent: 5, year: Int.min)) == nil)
    }

    @Test func everyYearFromAStartForSomeYears() throws {
        let paragraphs = try #require(SeedArticles.article(titled: "突出“五化”方向")).paragraphs
        let paragraph = paragraphs[4]
        let series = MetricSeries.yearlySeries(in: paragraph, paragraphIndex: 4, reportYear: 2017)
        #expect(series.count == 1)
        let first = try #require(series.first)
        #expect(first.label == "社区党员群众服务中心提档升级资金")
        #expect(first.unit == "亿元")
        #expect(first.points == [.init(year: 2015, value: 1), .init(year: 2016, value: 1), .init(year: 2017, value: 1)])
        #expect(first.source.paragraph == 4)
        #expect(spanText(first.source, in: paragraphs) == "1亿元")
    }

    @Test func otherYearRanges() {
        let explicit = MetricSeries.yearlySeries(in: "2015年至2017年,每年新增养老床位200张。", reportYear: nil)
        #expect(explicit.map { $0.points.map(\.year) } == [[2015, 2016, 2017]])
        let untilNow = MetricSeries.yearlySeries(in: "从2014年起,每年安排500万元资金。", reportYear: 2017)
        #expect(untilNow.map { $0.points.map(\.year) } == [[2014, 2015, 2016, 2017]])
        let endingNow = MetricSeries.yearlySeries(in: "连续三年每年新增学位1000个。", reportYear: 2017)
        #expect(endingNow.map { $0.points.map(\.year) } == [[2015, 2016, 2017]])
        let noRange = MetricSeries.yearlySeries(in: "每年新增学位1000个。", reportYear: 2017)
        #expect(noRange.isEmpty)
        let noEveryYear = MetricSeries.yearlySeries(in: "从2015年起,累计安排3亿元资金。", reportYear: 2017)
        #expect(noEveryYear.isEmpty)
    }

    @Test func listedYears() throws {
        let paragraph = "2015年、2016年和2017年招商引资总额分别为500亿元、600亿元和686.4亿元。"
        let series = try #require(MetricSeries.yearlySeries(in: paragraph, reportYear: 2017).first)
        #expect(series.label == "招商引资总额")
        #expect(series.points == [.init(year: 2015, value: 500), .init(year: 2016, value: 600),
                                  .init(year: 2017, value: 686.4)])
        let metrics = MetricExtractor.extract(paragraphs: [paragraph], reportYear: 2017)
        #expect(metrics.map(\.year) == [2015, 2016, 2017])
        #expect(metrics.map(\.label) == ["招商引资总额", "招商引资总额", "招商引资总额"])
    }

    @Test func categoriesSharedOutOverAList() throws {
        let paragraphs = try #require(SeedArticles.article(titled: "坚持问题导向")).paragraphs
        let groups = MetricSeries.categoryGroups(paragraphs: paragraphs)
        #expect(groups.count == 1)
        let group = try #require(groups.first)
        #expect(group.label == "事项")
        #expect(group.unit == "项")
        #expect(group.paragraph == 2)
        #expect(!group.isChange)
        #expect(group.items.map(\.category) == ["马上办", "网上办", "一次办"])
        #expect(group.items.map(\.value) == [348, 191, 498])
        #expect(group.items.map { spanText(MetricSource(paragraph: 2, span: $0.span), in: paragraphs) }
            == ["348项", "191项", "498项"])
    }

    @Test func changesSharedOutOverAList() throws {
        let paragraphs = try #require(SeedArticles.article(titled: "二次供水改造惠及5300户居民")).paragraphs
        let group = try #require(MetricSeries.categoryGroups(paragraphs: paragraphs).first)
        #expect(group.label == "同比下降")
        #expect(group.unit == "%")
        #expect(group.paragraph == 4)
        #expect(group.isChange)
        #expect(group.items.map(\.category) == ["PM10", "PM2.5"])
        #expect(group.items.map(\.value) == [-7.9, -11.3])
    }

    @Test func noGroupWhenCategoriesDoNotMatch() {
        #expect(MetricSeries.categoryGroups(paragraphs: ["事项分别达到348项、191项和498项。"]).isEmpty)
        #expect(MetricSeries.categoryGroups(paragraphs: ["“甲、乙”事项分别达到348项、191项和498项。"]).isEmpty)
    }
}
