import Testing
import ScorecardsText

/// The Chinese tailoring, checked against clreq's prohibition tables and the
/// seed issue's own sentences.
struct ChineseLineBreakTests {
    /// clreq: may not start a line.
    static let notAtStart: [String] = [
        "，", "。", "、", "；", "：", "！", "？", "）", "》", "」", "』", "】", "〕", "’", "”",
        "…", "‧", "·", "—", "～", "／", ",", ".", ";", ":", "!", "?", ")", "%",
    ]
    /// clreq: may not end a line.
    static let notAtEnd: [String] = ["（", "《", "「", "『", "【", "〔", "‘", "“", "("]

    @Test(arguments: notAtStart)
    func neverStartsALine(_ mark: String) {
        let text = "中文" + mark + "字"
        let actions = LineBreak.opportunities(in: text, rules: .chinese)
        #expect(actions[2] == .prohibited, "break before \(mark)")
        #expect(actions[1] == .allowed)
        // Not even after a space.
        #expect(LineBreak.opportunities(in: "中 " + mark, rules: .chinese)[2] == .prohibited)
    }

    @Test(arguments: notAtEnd)
    func neverEndsALine(_ mark: String) {
        let text = "中" + mark + "文字"
        let actions = LineBreak.opportunities(in: text, rules: .chinese)
        #expect(actions[2] == .prohibited, "break after \(mark)")
        #expect(actions[1] == .allowed, "break before \(mark)")
    }

    @Test func ellipsisAndDashPairsStayTogether() {
        #expect(marked("他说……好——的", .chinese) == "他|说……|好——|的")
        // UAX #14 itself lets the dash start a line.
        #expect(marked("好——的", .uax14) == "好|——|的")
    }

    @Test func hanCharactersBreakAnywhere() {
        #expect(marked("城区品质稳步提升", .chinese) == "城|区|品|质|稳|步|提|升")
    }

    @Test func chineseQuotesFollowOpeningAndClosingRules() {
        #expect(marked("还是“首府”“首义”的“五首”之区。", .chinese)
            == "还|是|“首|府”|“首|义”|的|“五|首”|之|区。")
        // UAX #14 in Unicode 15.0 forbids breaks on both sides of “ ”.
        #expect(marked("是“首府”的", .uax14) == "是“首|府”的")
    }

    @Test(arguments: [
        ("达1060亿元突破", "达|1060亿元|突|破"),
        ("增长8.5%服务", "增|长|8.5%|服|务"),
        ("改造10.5万平方米老旧", "改|造|10.5万平方米|老|旧"),
        ("投入3996万元推进", "投|入|3996万元|推|进"),
        ("惠及5300户居民", "惠|及|5300户|居|民"),
        ("服务62338人次。", "服|务|62338人次。"),
        ("选派9名干部", "选|派|9名|干|部"),
        ("收入217.1亿元", "收|入|217.1亿元"),
        ("下降-7.9%", "下|降-7.9%"),
        ("2万余人参加", "2万余人|参|加"),
        ("举办100余场次活动", "举|办|100余场次|活|动"),
        ("2017年武昌", "2017年|武|昌"),
        ("7‰的", "7‰|的"),
    ])
    func numbersKeepTheirUnits(_ text: String, _ expected: String) {
        #expect(marked(text, .chinese) == expected)
    }

    @Test func uax14AloneSplitsNumberFromUnit() {
        #expect(marked("达1060亿元", .uax14) == "达|1060|亿|元")
    }

    @Test func latinWordsAndCodesStayWhole() {
        #expect(marked("区域GDP跨千亿", .chinese) == "区|域|GDP|跨|千|亿")
        #expect(marked("PM2.5和PM10", .chinese) == "PM2.5|和|PM10")
        #expect(marked("获评V+级", .chinese) == "获|评|V+|级")
        #expect(marked("获评VV+企业", .chinese) == "获|评|VV+|企|业")
    }

    @Test func asciiPunctuationActsLikeChinese() {
        #expect(marked("大关,PM2.5", .chinese) == "大|关,|PM2.5")
        #expect(marked("增长19%(同口径);固定", .chinese) == "增|长|19%|(同|口|径);|固|定")
        #expect(marked("来源:区委", .chinese) == "来|源:|区|委")
        #expect(marked("1,000元和15:10", .chinese) == "1,000元|和|15:10")
    }

    @Test func seedSentences() {
        #expect(marked("江流贤胜,大成武昌。", .chinese) == "江|流|贤|胜,|大|成|武|昌。")
        #expect(marked("一般公共预算总收入217.1亿元,增长15.8%;", .chinese)
            == "一|般|公|共|预|算|总|收|入|217.1亿元,|增|长|15.8%;")
        #expect(marked("武昌城从过去“武字头”集聚", .chinese) == "武|昌|城|从|过|去|“武|字|头”|集|聚")
    }

    @Test func mandatoryBreaksStay() {
        #expect(marked("中\n（文", .chinese) == "中\n¶（文")
    }
}
