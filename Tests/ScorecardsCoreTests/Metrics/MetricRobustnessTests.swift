import Testing
import ScorecardsCore

@Suite struct MetricRobustnessTests {
    @Test func emptyInput() {
        #expect(MetricExtractor.extract(paragraphs: [], reportYear: 2017).isEmpty)
        #expect(MetricExtractor.extract(paragraphs: ["", " ", "\u{00A0}"], reportYear: nil).isEmpty)
        #expect(MetricSeries.yearlySeries(in: "", reportYear: 2017).isEmpty)
        #expect(MetricSeries.categoryGroups(paragraphs: []).isEmpty)
    }

    @Test(arguments: [
        "9999999999999999999999", "9999999999999999999999亿元", "%", "%%%", "百分之", "百分之%",
        "((((", "))))", "“““", "”””", "《", "》》》", "第", "余", "万", "亿元", "5.",
        String(repeating: "9", count: 10_000) + "个", String(repeating: "一", count: 1_000) + "个",
        String(repeating: "十", count: 100) + "个", "点点点", "八点", "1-2个", "1:2个",
    ])
    func oddInputsYieldNoFigure(paragraph: String) {
        let metrics = MetricExtractor.extract(paragraphs: [paragraph], reportYear: 2017)
        #expect(metrics.isEmpty, "\(metrics.map { "\($0.label) \($0.value)\($0.unit)" })")
    }

    @Test(arguments: [".5%", "5..5个", "-1个", "１．", "．５％", "第第1个", "“1个”", "1个一个", "以上1个以上以上"])
    func strayMarksAroundFiguresDoNotCrash(paragraph: String) {
        for metric in MetricExtractor.extract(paragraphs: [paragraph], reportYear: 2017) {
            #expect(metric.value.isFinite)
            #expect(spanText(metric.sources[0], in: [paragraph]) != nil)
        }
    }

    @Test func figuresAtTheEdgesOfAParagraph() throws {
        let atStart = try #require(MetricExtractor.extract(paragraphs: ["1060亿元"], reportYear: nil).first)
        #expect(atStart.label == "")
        #expect(atStart.sources == [MetricSource(paragraph: 0, span: 0..<6)])
        let atEnd = try #require(MetricExtractor.extract(paragraphs: ["实施重点项目21个"], reportYear: nil).first)
        #expect(atEnd.label == "实施重点项目")
        #expect(atEnd.sources == [MetricSource(paragraph: 0, span: 6..<9)])
        let percent = try #require(MetricExtractor.extract(paragraphs: ["100%"], reportYear: nil).first)
        #expect(percent.value == 100)
        #expect(percent.isPercent)
    }

    @Test func extremeReportYears() {
        for year in [Int.min, Int.max, 0, -1] {
            let paragraphs = ["去年新增10家,前年新增5家,全年12个。", "从2015年起,连续3年每年安排1亿元资金。"]
            let metrics = MetricExtractor.extract(paragraphs: paragraphs, reportYear: year)
            #expect(metrics.count == 4)
            _ = MetricSeries.yearlySeries(in: paragraphs[1], reportYear: year)
        }
    }

    /// 10,000 random strings built from the seed's own characters plus digits and marks.
    @Test func fuzzNeverCrashesAndKeepsInvariants() {
        var alphabet = Array(Set(SeedIssue.text.unicodeScalars))
        alphabet += Array("0123456789０１２３４５６７８９.．%％万亿余多以上约近超过第年月日个项家百分之点十零两".unicodeScalars)
        alphabet.sort { $0.value < $1.value }
        var generator = SplitMix64(seed: 20180115)
        for _ in 0..<10_000 {
            let paragraphCount = Int(generator.next() % 3) + 1
            let paragraphs = (0..<paragraphCount).map { _ -> String in
                let length = Int(generator.next() % 80)
                var view = String.UnicodeScalarView()
                for _ in 0..<length { view.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
                return String(view)
            }
            let metrics = MetricExtractor.extract(paragraphs: paragraphs, reportYear: 2017)
            for metric in metrics {
                #expect(metric.value.isFinite && metric.value >= 0)
                #expect(!metric.sources.isEmpty)
                for source in metric.sources {
                    #expect(paragraphs.indices.contains(source.paragraph))
                    let count = paragraphs.indices.contains(source.paragraph)
                        ? paragraphs[source.paragraph].unicodeScalars.count : 0
                    #expect(source.span.lowerBound >= 0 && source.span.upperBound <= count && !source.span.isEmpty)
                }
                if let qualifier = metric.qualifier { #expect(MetricQualifier.all.contains(qualifier)) }
            }
            for paragraph in paragraphs {
                _ = MetricSeries.yearlySeries(in: paragraph, reportYear: 2017)
            }
            _ = MetricSeries.categoryGroups(paragraphs: paragraphs)
        }
    }
}

/// A small deterministic generator, so a failing fuzz case can be reproduced.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
