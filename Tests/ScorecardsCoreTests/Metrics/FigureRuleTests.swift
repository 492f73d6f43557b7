import Testing
@testable import ScorecardsCore

/// The figure rules on sentences written for the purpose, not taken from the bundled issue:
/// the rules are general, and the fixture is not the only text they hold for.
@Suite struct FigureRuleTests {
    private func extract(_ paragraphs: [String], date: String? = "2018-03-10", headline: [String] = []) -> [Metric] {
        MetricExtractor.extract(paragraphs: paragraphs, reportYear: 2017, headline: headline, issueDate: date)
    }

    @Test func anEstimateHeadingAListGovernsEveryItem() {
        let metrics = extract(["据统计,预计全年完成营业收入50亿元,增长5%;利润3亿元,增长2%;纳税1.2亿元。"])
        #expect(metrics.map(\.label) == ["营业收入", "利润", "纳税"])
        #expect(metrics.map(\.qualifiers) == [["预计"], ["预计"], ["预计"]])
        #expect(metrics.allSatisfy { $0.scope == ["全年"] })
    }

    @Test func aBasisIsKeptAndNoPriorLevelIsDerivedFromIt() throws {
        let metric = try #require(extract(["税收收入20亿元,增长10%(同口径)。"]).first)
        #expect(metric.changePercent == 10)
        #expect(metric.basis == "同口径")
        #expect(metric.priorValue == nil)
        #expect(MetricSeries.derivedPrior(metric) == nil)
        let plain = try #require(extract(["税收收入20亿元,增长10%。"]).first)
        #expect(plain.basis == nil && plain.priorValue != nil)
    }

    @Test func yearlyAmountsOverARunOfYears() throws {
        let metric = try #require(extract(["2015年至2017年,每年投入500万元资金,用于道路维修。"]).first)
        #expect(metric.period == MetricPeriod(start: 2015, end: 2017, perYear: true))
        #expect(metric.year == 2017)
        #expect(metric.label == "道路维修资金")
        let yearly = try #require(extract(["2017年,武昌区加强社区干部培养。", "每年持续培训50余名社区干部。"]).first)
        #expect(yearly.period == MetricPeriod(start: 2017, end: 2017, perYear: true))
    }

    @Test func daysArePlacedAgainstTheIssueDate() {
        // The issue is dated 2018-03-10.
        let metrics = extract(["8日,30家企业入驻产业园。", "12日,20家企业签约。", "12月20日,15家企业开业。",
                               "2017年11月5日,10家企业落户。"])
        #expect(metrics.map { $0.period?.date } == ["2018-03-08", "2018-02-12", "2017-12-20", "2017-11-05"])
        #expect(metrics.map(\.year) == [2018, 2018, 2017, 2017])
        // A count of days is not a date.
        #expect(extract(["空气质量优良天数达260天。"]).first?.period == nil)
    }

    @Test func scopeMarksAPartOrAnAddition() {
        let parts = extract(["全区企业800家,其中民营企业120家。"])
        #expect(parts.map(\.scope) == [[], ["其中"]])
        let added = extract(["全年新增就业岗位3000个,引进人才40名。"])
        #expect(added.map(\.scope) == [["新增", "全年"], ["引进", "全年"]])
        let batch = extract(["第一批50件投诉全部办结。"])
        #expect(batch.first?.label == "投诉全部办结")
        #expect(batch.first?.scope == ["首批"])
        #expect(extract(["累计培训3000人次。"]).first?.scope == ["累计"])
    }

    @Test func numbersThatAreNotFigures() {
        #expect(extract(["该村入选首批全国100个示范村之一。"]).isEmpty)
        #expect(extract(["按销售额5%给予奖励,按投资额的10%予以补助。"]).isEmpty)
        #expect(extract(["制定考核方案,明确8个环节20项指标。"]).isEmpty)
        #expect(extract(["如某企业仅用时10天完成注册。"]).isEmpty)
        // 如今 opens no example.
        #expect(extract(["如今全区已有企业500家。"]).count == 1)
    }

    @Test func anOpeningAnecdoteGivesWayToTheTotal() {
        let paragraphs = ["“楼里终于不停水了。”居民老李说。", "老李住的小区有200多户居民。",
                          "2017年,武昌区完成改造,约3000户居民受益。"]
        let metrics = extract(paragraphs)
        #expect(metrics.map(\.value) == [3000])
        // Without a later total the anecdote's number stays.
        #expect(extract(Array(paragraphs.prefix(2)) + ["2017年,武昌区完成改造。"]).map(\.value) == [200])
    }

    @Test func aCountReadsWithItsRole() {
        #expect(extract(["对20家企业开展安全检查。"]).first?.label == "开展安全检查的企业")
        #expect(extract(["目前,15个社区均建立服务站。"]).first?.label == "社区建立服务站")
        #expect(extract(["聘请12名法律顾问。"]).first?.label == "聘请法律顾问")
        #expect(extract(["组织8个单位开展应急演练。"]).first?.label == "单位开展应急演练")
        #expect(extract(["3个单位获评全市文明单位。"]).first?.label == "全市文明单位")
        let list = extract(["对5个街道、30个社区开展督查。"])
        #expect(list.map(\.label) == ["开展督查的街道", "开展督查的社区"])
    }

    @Test func aGenericLabelTakesItsPurposeOrTopic() {
        #expect(extract(["受理投诉800件,办结率95%。"]).map(\.label) == ["受理投诉", "受理投诉办结率"])
        #expect(extract(["投资2000万元完成了10个小区的管网改造工作。"]).first?.label == "管网改造投资")
        #expect(extract(["签约文旅项目12个、吸引投资50亿元。"]).map(\.label) == ["签约文旅项目", "文旅项目吸引投资"])
        #expect(extract(["举办第三届创业大赛,资助项目25个。"]).first?.label == "创业大赛资助项目")
        // Two generic labels leave each other alone: neither is a topic.
        #expect(extract(["签约项目12个、吸引投资50亿元。"]).map(\.label) == ["签约项目", "吸引投资"])
    }

    @Test func aHeadlineWordsTheFigureItStates() {
        let metrics = extract(["2017年,武昌区完成改造,约3000户居民受益。"], headline: ["旧城改造惠及3000户居民"])
        #expect(metrics.first?.label == "旧城改造惠及居民")
    }

    @Test func oneFactInSeveralArticlesIsOneFigure() throws {
        let lead = Article(id: "x/0", kind: .lead, headline: ["总结"], paragraphs: ["2017年,营业收入总额50亿元,增长5%。"])
        let article = Article(id: "x/1", kind: .article, headline: ["详情"],
                              paragraphs: ["2017年,实际完成营业收入50亿元,增长5%。", "资助项目17个。"])
        let other = Article(id: "y/0", kind: .lead, headline: ["另一版"], paragraphs: ["资助项目17个。", "成立协会17个。"])
        let cards = IssueMetrics.derive([Scorecard(id: "x", name: "甲", page: nil, headline: [], articles: [lead, article]),
                                         Scorecard(id: "y", name: "乙", page: nil, headline: [], articles: [other])],
                                        date: "2018-01-15")
        let first = try #require(cards[0].articles[0].metrics.first)
        let again = try #require(cards[0].articles[1].metrics.first)
        #expect(first.sameAs == nil && again.sameAs == "x/0/m0")
        #expect(first.label == "实际完成营业收入" && again.label == first.label)
        #expect(first.sources.map(\.article) == [nil, "x/1"])
        // The same contest's projects on another page are the same fact; another count of 17 is not.
        #expect(cards[1].articles[0].metrics.map(\.sameAs) == ["x/1/m1", nil])
    }
}
