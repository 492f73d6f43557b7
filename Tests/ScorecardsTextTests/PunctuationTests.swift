import Testing
import ScorecardsText

struct PunctuationTests {
    @Test(arguments: [
        ("江流贤胜,大成武昌。", "江流贤胜，大成武昌。"),
        ("增长19%(同口径);", "增长19%（同口径）；"),
        ("来源:区委宣传部", "来源：区委宣传部"),
        ("发展成绩单:", "发展成绩单："),
        ("“首府”“首义”,还是", "“首府”“首义”，还是"),
        ("为什么?因为!", "为什么？因为！"),
        ("增长8.5%;服务业", "增长8.5%；服务业"),
        ("(2018年)", "（2018年）"),
        ("来源:区委宣传部 发表日期:2018-01-15 15:10 字体大小: 【大】",
         "来源：区委宣传部 发表日期：2018-01-15 15:10 字体大小： 【大】"),
    ])
    func convertsInChineseContext(_ input: String, _ expected: String) {
        #expect(Punctuation.fullwidth(input) == expected)
    }

    @Test(arguments: [
        "2018-01-15 15:10",
        "1,000",
        "比分2:1",
        "15:10开始",
        "Hello, world! (really?)",
        "武汉(Wuhan)",
        "http://example.com/a?b=1,2",
        "",
    ])
    func leavesNumbersTimesLatinAndURLs(_ input: String) {
        #expect(Punctuation.fullwidth(input) == input)
    }

    @Test func onlyTheMarksChange() {
        #expect(Punctuation.fullwidth("共1,000人,其中") == "共1,000人，其中")
        #expect(Punctuation.fullwidth("见http://example.com/a?b=1,谢谢!") == "见http://example.com/a?b=1，谢谢！")
        #expect(Punctuation.fullwidth("时间:15:10") == "时间：15:10")
    }

    @Test func seedIssue() throws {
        let seed = try Fixtures.seed()
        let converted = Punctuation.fullwidth(seed)
        #expect(Punctuation.fullwidth(converted) == converted)
        // Only the seven marks changed, one for one.
        let pairs = zip(seed, converted).filter { $0 != $1 }
        #expect(seed.count == converted.count)
        #expect(pairs.allSatisfy { ",:;()?!".contains($0.0) && "，：；（）？！".contains($0.1) })
        #expect(pairs.count > 700)
        #expect(converted.contains("增长19%（同口径）；"))
        #expect(converted.contains("江流贤胜，大成武昌。"))
        #expect(converted.contains("2018-01-15 15:10"))
        // Commas left as ASCII are inside numbers or Latin text.
        let leftover = converted.filter { ",:;?!".contains($0) }.count
        #expect(leftover < 10)
    }
}
