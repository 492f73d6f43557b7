import ScorecardsCore
import ScorecardsTestSupport
import Testing

/// The date read from a file's first bytes must be the date the full parse gives, for every
/// form of the issue: it decides which of many files opens first.
@Suite struct IssuePeekTests {
    static func peek(_ bytes: [UInt8]) -> String? {
        IssuePeek.date(prefix: Array(bytes.prefix(IssuePeek.prefixLength)))
    }

    static func parsedDate(_ bytes: [UInt8]) throws -> String? {
        try IssueParser.parse(bytes: bytes).issue.date
    }

    static let more: [(String, [UInt8])] = [
        ("chromeless", Array(VariantTests.chromeless.utf8)),
        ("chromeless-gb18030", Encodings.convert(VariantTests.chromeless, to: "GB18030") ?? []),
        ("utf16le", [0xFF, 0xFE] + (Encodings.convert(VariantTests.seed, to: "UTF-16LE") ?? [])),
        ("utf16be", [0xFE, 0xFF] + (Encodings.convert(VariantTests.seed, to: "UTF-16BE") ?? [])),
        ("chromeless-utf16le", [0xFF, 0xFE] + (Encodings.convert(VariantTests.chromeless, to: "UTF-16LE") ?? [])),
    ]

    @Test(arguments: (VariantTests.variants + more).map(\.0))
    func agreesWithTheParser(_ name: String) throws {
        let bytes = try #require((VariantTests.variants + Self.more).first { $0.0 == name }?.1)
        #expect(bytes.count > IssuePeek.prefixLength)
        let date = try Self.parsedDate(bytes)
        #expect(date == "2018-01-15")
        #expect(Self.peek(bytes) == date)
    }

    /// The masthead pushed past the first pass by a long preamble: the whole prefix is read.
    @Test func dateAfterALongPreamble() throws {
        let preamble = String(repeating: "网页导航 首页 要闻 区情 政务 服务 互动\n", count: 20)
        let bytes = Array((preamble + VariantTests.chromeless).utf8)
        #expect(preamble.utf8.count > 512)
        #expect(Self.peek(bytes) == "2018-01-15")
    }

    /// A page header's date in the first lines does not settle it while the chrome's date,
    /// which the parser takes, may still come.
    @Test func chromeAfterThePageHeaderWins() throws {
        let header = "  2017年12月04日 星期一 长江日报 大成武昌\n"
        let filler = String(repeating: "  \n", count: 200)
        let text = header + filler + "来源:区委宣传部 发表日期:2018-01-15 15:10 字体大小: 【大】 【中】 【小】\n"
            + VariantTests.chromeless
        let bytes = Array(text.utf8)
        #expect(try Self.parsedDate(bytes) == "2018-01-15")
        #expect(Self.peek(bytes) == "2018-01-15")
    }

    @Test func noDate() {
        #expect(Self.peek(Array("发展成绩单:\n标题\n正文。\n".utf8)) == nil)
        #expect(Self.peek([]) == nil)
        #expect(Self.peek([0xFF, 0xFE, 0x00]) == nil)
        #expect(Self.peek(Array(repeating: 0x0A, count: 5000)) == nil)
    }
}
