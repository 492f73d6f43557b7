import Testing
import ScorecardsCore

/// Words whose polyphonic characters read differently from the per-character default.
@Suite("Reading corrections")
struct ReadingCorrectionTests {
    let seed = SearchTestSupport.seedIndex

    private func finds(_ query: String, _ word: String, in index: SearchIndex = SearchTestSupport.seedIndex) -> Bool {
        SearchTestSupport.anyMatch(index.search(query), in: index, contains: word)
    }

    @Test func correctionsThatTheIssueNeeds() {
        #expect(finds("diqu", "地区"))
        #expect(finds("yinhang", "银行"))
        #expect(finds("fenhang", "分行"))
        #expect(finds("hangzhang", "行长"))
        #expect(finds("changjiang", "长江"))
        #expect(finds("changhong", "长虹"))
        #expect(finds("zhongdian", "重点"))
        #expect(finds("zhongda", "重大"))
        #expect(finds("tiaojie", "调解"))
        #expect(finds("xietiao", "协调"))
        #expect(finds("zhuoli", "着力"))
        #expect(finds("liaojie", "了解"))
        #expect(finds("shuaixian", "率先"))
        #expect(finds("dushi", "都市"))
        #expect(finds("dusihu", "都司湖"))
        #expect(finds("gongji", "供给"))
        #expect(finds("tuozhan", "拓展"))
        #expect(finds("xianzhu", "显著"))
        #expect(finds("chongjian", "重建"))
        #expect(finds("baoguang", "曝光"))
        #expect(finds("fantan", "反弹"))
        #expect(finds("luodi", "落地"))
    }

    @Test func wrongReadingsDoNotMatch() {
        #expect(!finds("zhangjiang", "长江"))
        #expect(!finds("yinxing", "银行"))
        #expect(!finds("dequ", "地区"))
        #expect(!finds("chongdian", "重点"))
        #expect(!finds("diaojie", "调解"))
    }

    @Test func defaultReadingsThatAreAlreadyRight() {
        #expect(finds("zengzhang", "增长"))
        #expect(finds("gongshui", "供水"))
        #expect(finds("danwei", "单位"))
        #expect(finds("bianmin", "便民"))
        #expect(finds("canyu", "参与"))
        #expect(finds("huiyi", "会议"))
        #expect(finds("deshengqiao", "得胜桥"))
        #expect(finds("jiefang", "解放"))
        #expect(finds("huanjing", "环境"))
    }

    @Test func otherWordsFromTheTable() {
        let index = SearchTestSupport.index([(["标题"], ["会计核算，朝阳产业，音乐会，了不起的还款，首都长期规划。"])])
        #expect(finds("kuaiji", "会计", in: index))
        #expect(!finds("huiji", "会计", in: index))
        #expect(finds("yinyue", "音乐", in: index))
        #expect(finds("liaobuqi", "了不起", in: index))
        #expect(finds("huankuan", "还款", in: index))
        #expect(finds("shoudu", "首都", in: index))
        #expect(finds("changqi", "长期", in: index))
    }

    @Test func ambiguousWordsAcceptBothReadings() {
        let index = SearchTestSupport.index([(["朝阳"], ["同行交流，价格便宜。"])])
        #expect(finds("chaoyang", "朝阳", in: index))
        #expect(finds("zhaoyang", "朝阳", in: index))
        #expect(finds("tonghang", "同行", in: index))
        #expect(finds("tongxing", "同行", in: index))
        #expect(finds("pianyi", "便宜", in: index))
        #expect(finds("bianyi", "便宜", in: index))
        #expect(finds("zy", "朝阳", in: index))
        #expect(finds("cy", "朝阳", in: index))
    }

    @Test func wordsReadLeftToRightLongestFirst() {
        // 进行 keeps 行 as xíng, so 长期 that follows is cháng qī, not 行长 háng zhǎng.
        let index = SearchTestSupport.index([(["标题"], ["进行长期合作，银行行长到场，增长期待。"])])
        #expect(finds("jinxing", "进行", in: index))
        #expect(finds("changqi", "长期", in: index))
        #expect(!finds("jinhang", "进行", in: index))
        #expect(finds("yinhanghangzhang", "银行行长", in: index))
        #expect(finds("zengzhang", "增长", in: index))
        #expect(!finds("zengchang", "增长", in: index))
    }

    @Test func traditionalTextGetsTheSameReadings() {
        let index = SearchTestSupport.index([(["銀行行長"], ["長江"])])
        #expect(finds("yinhang", "銀行", in: index))
        #expect(finds("changjiang", "長江", in: index))
    }
}
