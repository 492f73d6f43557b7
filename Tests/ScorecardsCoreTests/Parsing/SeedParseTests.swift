import ScorecardsCore
import ScorecardsTestSupport
import Testing

@Suite struct SeedParseTests {
    let issue: IssueDocument

    init() throws { issue = try Fixtures.parsedSeed() }

    @Test func masthead() {
        #expect(issue.title == "《长江日报城区读本》2018年第1期.大成武昌")
        #expect(issue.publication == "长江日报城区读本")
        #expect(issue.number == "2018年第1期")
        #expect(issue.date == "2018-01-15")
        #expect(issue.source == "区委宣传部")
        #expect(issue.reportYear == 2017)
    }

    @Test func fourScorecardsInPageOrder() {
        #expect(issue.scorecards.map(\.id) == ["development", "reform", "party-building", "stability"])
        #expect(issue.scorecards.map(\.name) == ["发展成绩单", "改革成绩单", "党建成绩单", "稳定成绩单"])
        #expect(issue.scorecards.map(\.page) == ["B1", "B2", "B3", "B4"])
        #expect(issue.scorecards[0].headline == ["区域GDP跨千亿大关", "城区品质稳步提升"])
        #expect(issue.scorecards[3].headline == ["维护平安稳定", "提升群众安全感"])
    }

    @Test func twentyTwoArticlesLeadsFirst() {
        let articles = issue.allArticles
        #expect(articles.count == 22)
        #expect(articles.filter { $0.kind == .lead }.count == 4)
        #expect(issue.scorecards.map(\.articles.count) == [5, 5, 6, 6])
        for card in issue.scorecards {
            #expect(card.articles.first?.kind == .lead)
            #expect(card.articles.dropFirst().allSatisfy { $0.kind == .article })
            #expect(card.articles.first?.headline == card.headline)
            #expect(card.articles.enumerated().allSatisfy { $1.id == "\(card.id)/\($0)" })
        }
    }

    @Test func headlinesExactlyAsPrinted() {
        let headlines = issue.allArticles.map(\.headline)
        #expect(headlines.contains(["阳光信访解开群众心结"]))
        #expect(headlines.contains(["党建引领 多元善治", "创新基层社会治理“武昌模式”"]))
        #expect(headlines.contains(["全国首推", "“支付宝+家庭医生”“智慧医疗”造福百姓"]))
        #expect(headlines.contains(["建设“新金融特区”", "招商项目落地见证武昌速度"]))
        #expect(headlines.filter { $0.count == 1 } == [["阳光信访解开群众心结"]])
    }

    @Test func paragraphsTrimmedAndComplete() throws {
        let lead = try #require(issue.article(id: "development/0"))
        #expect(lead.paragraphs.count == 7)
        #expect(lead.paragraphs[0].hasPrefix("江流贤胜,大成武昌。"))
        #expect(lead.paragraphs.last?.hasSuffix("城市环境持续改善。") == true)
        let last = try #require(issue.article(id: "stability/5"))
        #expect(last.paragraphs.last?.hasSuffix("武昌区产品质量总体上呈现稳步上升态势。") == true)
        // Neither the page chrome nor the footer shows up as content.
        let all = issue.allArticles.flatMap { $0.paragraphs + $0.headline }.joined()
        for chrome in ["字体大小", "打印本页", "返回顶部", "发表日期", "星期五"] { #expect(!all.contains(chrome)) }
        #expect(issue.allArticles.allSatisfy { $0.paragraphs.allSatisfy { !$0.isEmpty && $0.first?.isWhitespace == false } })
    }

    @Test func noWarningsForTheSeed() throws {
        #expect(try IssueParser.parse(bytes: Fixtures.seedBytes()).warnings.isEmpty)
    }
}
