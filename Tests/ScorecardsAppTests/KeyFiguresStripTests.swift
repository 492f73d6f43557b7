@testable import ScorecardsApp
import ScorecardsCore
import ScorecardsCorpus
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// The key-figure strips of the bundled issue, as drawn: chosen the way an editor would,
/// every label readable alone, every fact once, estimates and derived values marked.
@Suite struct KeyFiguresStripTests {
    /// The figures the headlines print, as the strips label them.
    static let headlineFigures = [
        ["新增双创空间", "二次供水改造惠及居民"],   // B1: 新增10.5万平方米双创空间, 二次供水改造惠及5300户居民
        ["服务事项下移街道"],                       // B2: 93项服务事项下移街道
        ["基层站所开展评议活动", "全年累计培训"],   // B3: 229个基层站所…, 全年累计培训2000余人
        ["全区志愿者注册"],                         // B4: 全区志愿者注册达18万人
    ]

    @Test(arguments: ["100x32", "120x40", "80x24"])
    func everyStripShowsItsCardsHeadlineFigures(size: String) throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        var state = AppState(issue: try Fixtures.bundled(), size: Size(width: parts[0], height: parts[1]))
        for card in 0..<4 {
            // Narrow screens show one pane at a time: focus each in turn.
            _ = Update.run(try KeyNotation.parse(String(card + 1)), on: &state)
            let screen = Render.screen(state).lines().joined(separator: "\n")
            for label in Self.headlineFigures[card] {
                #expect(screen.contains(label), "\(size) card \(card + 1): \(label)")
            }
        }
    }

    @Test func headlineFiguresComeFirstThenTheLeads() throws {
        let issue = try Fixtures.bundled()
        for (c, card) in issue.scorecards.enumerated() {
            let chosen = KeyFigures.select(from: card, reportYear: issue.reportYear, limit: 12)
            #expect(Array(chosen.prefix(Self.headlineFigures[c].count).map(\.metric.label)) == Self.headlineFigures[c])
        }
        let b1 = KeyFigures.select(from: issue.scorecards[0], reportYear: issue.reportYear, limit: 12)
        #expect(b1.dropFirst(2).first?.metric.label == "地区生产总值")
    }

    @Test func neverTwoOfOneFactNorALabelThatDoesNotReadAlone() throws {
        let issue = try Fixtures.bundled()
        for card in issue.scorecards {
            let chosen = KeyFigures.select(from: card, reportYear: issue.reportYear, limit: 40)
            let facts = chosen.map { $0.metric.sameAs ?? card.articles[$0.article].metricID($0.index) }
            #expect(Set(facts).count == facts.count, "\(card.name)")
            #expect(chosen.allSatisfy { KeyFigures.readsAlone($0.metric.label) }, "\(card.name)")
            // 招商引资总额 and 招商引资实际到位资金 are one fact.
            #expect(chosen.filter { $0.metric.value == 686.4 }.count <= 1)
        }
    }

    @Test func estimatesAndYearlyAmountsAreMarked() throws {
        let screen = Render.screen(AppState(issue: try Fixtures.bundled(), size: Size(width: 120, height: 40))).lines()
        #expect(screen.contains { $0.contains("地区生产总值") && $0.contains("预1060亿元") })
        #expect(screen.contains { $0.contains("二次供水改造惠及居民") && $0.contains("5300户") && !$0.contains("预5300") })
        #expect(screen.contains { $0.contains("社区党员群众服务中心提档升级资金") && $0.contains("1亿元/年") })
    }

    /// A pane 48 columns wide keeps whole labels and drops the ranges to make room.
    @Test func aNarrowStripDropsRangesBeforeItCutsALabel() throws {
        let screen = Render.screen(AppState(issue: try Fixtures.bundled(), size: Size(width: 100, height: 32))).lines()
        let line = try #require(screen.first { $0.contains("一般公共预算总收入") })
        #expect(!line.contains("…") && !line.contains("≈"), "\(line)")
        #expect(line.contains("↑+15.8% ⣶█"), "the bars stay: \(line)")
    }

    /// 703.5 beside ≈704–912亿 read as outside its own range.
    @Test func theValueShownLiesInsideTheRangeShown() {
        let series = FigureSeries(points: [SeriesPoint(year: nil, value: 703.5), SeriesPoint(year: nil, value: 912.4)],
                                  unit: "亿元", isRate: false)
        #expect(FiguresStrip.rangeText(series, .unicode) == "703–913亿")
        let derived = FigureSeries(points: [SeriesPoint(year: 2016, value: 1060 / 1.085, derived: true),
                                            SeriesPoint(year: 2017, value: 1060)], unit: "亿元", isRate: false)
        #expect(FiguresStrip.rangeText(derived, .unicode) == "≈976–1060亿")
        for low in stride(from: 100.0, to: 2000, by: 7.3) {
            for high in [low * 1.01, low * 1.5, low * 3.7] {
                let s = FigureSeries(points: [SeriesPoint(year: nil, value: low), SeriesPoint(year: nil, value: high)],
                                     unit: "元", isRate: false)
                let text = FiguresStrip.rangeText(s, .unicode) ?? ""
                let ends = text.dropLast().split(separator: "–").compactMap { Double($0) }
                #expect(ends.count == 2 && ends[0] <= low && ends[1] >= high, "\(low)–\(high): \(text)")
            }
        }
    }

    /// A series across issues is one figure only when scorecard, full label, kind and base
    /// unit agree: the same label on another page is another fact.
    @Test func aSeriesAcrossIssuesNeedsTheSameScorecardAndLabel() throws {
        var older = try Fixtures.bundled()
        let newer = try Fixtures.bundled()
        // In the older issue, the B2 figure 资助项目 moves to B1 with another value.
        older.scorecards[1].articles[0].metrics.removeAll { $0.label == "服务事项下移街道" }
        var moved = try #require(newer.scorecards[1].articles[0].metrics.first { $0.label == "服务事项下移街道" })
        moved.value = 27
        older.scorecards[0].articles[0].metrics.append(moved)
        let state = AppState(issues: [older, newer], size: Size(width: 120, height: 40))
        let figure = try #require(state.figures.keyFigures[1].first { $0.metric.label == "服务事项下移街道" })
        #expect(figure.series?.points.count != 2 || figure.series?.points.first?.value == nil)
        #expect(figure.series.map { $0.values.allSatisfy { $0 == 93 } } ?? true)
        // The same page's own figure is followed: 地区生产总值 in both issues.
        let gdp = try #require(state.figures.keyFigures[0].first { $0.metric.label == "地区生产总值" })
        #expect(gdp.series?.points.count == 2 && gdp.series?.points.allSatisfy { !$0.derived } == true)
    }

    @Test func theLegendIsInTheFiguresViewAndInHelp() throws {
        var state = AppState(issue: try Fixtures.bundled(), size: Size(width: 100, height: 30))
        _ = Update.run(try KeyNotation.parse("m"), on: &state)
        let figures = Render.screen(state).lines().joined(separator: "\n")
        #expect(figures.contains("≈ 由增幅推算") && figures.contains("⣿ 推算的上年值") && figures.contains("预 预计数"))
        let help = HelpLayout.of(state).lines
        #expect(help.contains { $0.keys == "≈ ⣿ 预" })
    }
}

/// The figures table keeps labels first on a narrow screen.
@Suite struct FiguresTableNarrowTests {
    @Test(arguments: [40, 44, 50, 60])
    func labelsAreNotCutWhileColumnsCanBeDropped(width: Int) throws {
        var state = AppState(issue: try Fixtures.bundled(), size: Size(width: width, height: 24))
        _ = Update.run(try KeyNotation.parse("m"), on: &state)
        let lines = Render.screen(state).lines()
        // At 40–50 columns the table once cut every label to 地区生… and kept bars, years and articles.
        #expect(lines.contains { $0.contains("地区生产总值") }, "\(width)")
        // What is left for a label at 40 columns is 16 (eight characters); a wider label
        // is cut only there.
        if width >= 44 { #expect(lines.contains { $0.contains("一般公共预算总收入") }, "\(width)") }
        if width < 60 {
            #expect(!lines.contains { $0.contains("│█") }, "\(width): the bars should have gone before the labels")
        }
        // The legend shows whole entries only: never a mark without its meaning (`a–` cut off).
        let legend = try #require(lines.first { $0.contains("由增幅推算") }, "\(width)")
        #expect(!legend.contains("a–") || legend.contains("a–b 各点的最小至最大值"), "\(width): \(legend)")
        #expect(!legend.contains("⣿") || legend.contains("⣿ 推算的上年值"), "\(width): \(legend)")
    }
}
