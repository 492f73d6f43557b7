import Testing
import ScorecardsCore

@Suite struct ChineseNumeralTests {
    @Test(arguments: [
        ("十九", 19.0), ("两万", 20000), ("八点五", 8.5), ("一千", 1000), ("三", 3), ("十", 10),
        ("十五", 15), ("二十", 20), ("一百零五", 105), ("三百五", 350), ("一万二", 12000),
        ("二〇一七", 2017), ("一亿五千万", 1.5e8), ("一万亿", 1e12), ("两千零一十七", 2017),
    ])
    func parses(text: String, value: Double) {
        #expect(ChineseNumeral.value(text) == value)
    }

    @Test(arguments: ["", "三四", "七八", "点五", "五点", "abc", "十九大", String(repeating: "九", count: 30)])
    func rejects(text: String) {
        #expect(ChineseNumeral.value(text) == nil)
    }

    @Test func chineseNumeralsInSentences() {
        let cases: [(String, String, Double, String, String?)] = [
            ("加强政务公开,主动公开政府信息两万余条。", "主动公开政府信息", 20000, "条", "余"),
            ("群众满意率为百分之八点五。", "群众满意率", 8.5, "%", nil),
            ("全年培训一千人次。", "培训", 1000, "人次", nil),
            ("建成十五个社区服务站。", "建成社区服务站", 15, "个", nil),
            ("覆盖百分之百的社区。", "覆盖", 100, "%", nil),
        ]
        for (sentence, label, value, unit, qualifier) in cases {
            let metrics = MetricExtractor.extract(paragraphs: [sentence], reportYear: 2017)
            #expect(metrics.count == 1, "\(sentence)")
            #expect(metrics.first?.label == label, "\(sentence)")
            #expect(metrics.first?.value == value, "\(sentence)")
            #expect(metrics.first?.unit == unit, "\(sentence)")
            #expect(metrics.first?.qualifier == qualifier, "\(sentence)")
        }
    }

    @Test func percentPrefixSpanCoversTheWholeFigure() throws {
        let paragraph = "群众满意率为百分之八点五。"
        let metric = try #require(MetricExtractor.extract(paragraphs: [paragraph], reportYear: nil).first)
        #expect(spanText(metric.sources[0], in: [paragraph]) == "百分之八点五")
        #expect(metric.isPercent)
        #expect(metric.year == nil)
    }

    @Test func smallChineseCountsAreNarrative() {
        for sentence in ["武昌区交上了四份漂亮的成绩单。", "细化为五项实施方案予以保障。", "最有幸福感的一件事。", "完成三项改革。"] {
            #expect(MetricExtractor.extract(paragraphs: [sentence], reportYear: 2017).isEmpty, "\(sentence)")
        }
    }

    @Test func fullWidthDigits() throws {
        let paragraph = "完成地区生产总值１０６０亿元,增长８．５％;服务业占比达到８５％。"
        let metrics = MetricExtractor.extract(paragraphs: [paragraph], reportYear: nil)
        #expect(metrics.count == 2)
        let gdp = try #require(metrics.first)
        #expect(gdp.label == "地区生产总值")
        #expect(gdp.value == 1060)
        #expect(gdp.unit == "亿元")
        #expect(gdp.changePercent == 8.5)
        #expect(spanText(gdp.sources[0], in: [paragraph]) == "１０６０亿元")
        let share = try #require(metrics.last)
        #expect(share.label == "服务业占比")
        #expect(share.value == 85)
        #expect(share.unit == "%")
    }
}
