/// Word lists that shape labels. They are closed lists: a word missing here stays in the label.
enum LabelLexicon {
    /// Reporting words and time words that precede what is measured
    /// ("据统计,2017年,武昌区预计全年完成地区生产总值" → 地区生产总值).
    static let leadingFillers = Words.list([
        "据统计", "据了解", "其中", "同时", "此外", "另外", "目前", "如今", "预计",
        "去年全年", "去年底", "去年以来", "去年", "今年以来", "今年来", "今年", "全年", "过去一年", "这一年",
        "共计", "累计", "总计", "合计", "共", "完成了", "完成", "实现了", "实现", "已经", "已", "现有",
        "还", "并", "均", "先后", "按照", "按", "每年", "截至目前", "截至", "初步", "持续",
    ])

    /// Verbs and fillers between what is measured and the number
    /// ("志愿者网上登记注册人数已达" → 志愿者网上登记注册人数).
    static let trailingFillers = Words.list([
        "达到了", "达到", "已达", "达", "已经", "已", "为", "是", "有", "了", "共计", "共", "累计",
        "完成了", "完成", "扩充", "缩短", "增加", "增至", "提高", "提升", "降至", "到", "至",
        "超过", "逾", "近", "约", "预计", "均", "都", "的", "总计", "合计", "分别", "仅",
    ])

    /// Generic words that end a noun phrase read after a count ("34个老旧社区的…改造工作").
    static let followingTrailers = Words.list(["工作", "之一", "等", "和", "及", "与", "的", "中", "力量"])

    /// Predicate words: the noun phrase after a count stops where one begins
    /// ("20个项目实现开工" → 项目).
    static let predicateMarkers = Words.list([
        "开展", "进行", "实现", "受益", "参与", "入驻", "开工", "进展", "基本", "建成", "均", "都", "已",
        "获", "被", "积极", "全部", "下移", "办理", "建立", "创建", "融资", "予以", "得到", "通过", "到",
        "进入", "共同", "正式", "顺利", "规范化", "实行", "提供", "参加", "启动", "上线", "超过", "达到",
        "达", "将", "正在", "陆续", "分别", "成功", "同比", "占", "落户", "签约", "开业", "完成", "接受",
        "纳入", "负责",
    ])

    /// Generic subjects dropped from the start of a label ("全区注册企业" → 注册企业).
    static let genericSubjects = Words.list(["全区", "该区", "我区", "本区", "辖区"])

    /// Joining words left at the start of a label read right after another figure.
    static let listJoiners = Words.list(["以及", "、", "和", "及", "与"])

    /// Nouns naming money that may follow a money figure ("每年安排1亿元资金").
    static let moneyNouns = Words.list(["资金", "经费"])

    /// Verbs that may stand before a count and belong in its label ("聘请9名招商大使" →
    /// 聘请招商大使): what was done to the things counted. Tried longest first. A verb
    /// missing here leaves the bare noun, as before.
    static let actionVerbs = Words.list([
        "聘请", "遴选", "选拔培养", "选拔", "培养", "研究制定", "制定", "公开招募", "招募", "推出", "召开", "举办",
        "建立", "建成", "启动", "涉及", "设立", "成立", "组建", "整合", "整顿", "创建", "签约", "引进", "新增",
        "完成", "实现", "实施", "开展", "提供", "投入", "出动", "排查", "整改", "查处", "约谈", "责令", "选派",
        "吸引", "安排", "推进", "覆盖", "集中", "组织", "资助", "评出", "发放", "制作", "打造", "培育",
    ])

    /// Words before a count that make the counted things an object ("对13个国有企业…开展专项
    /// 审计", "与6个社区卫生服务中心实现…"): the label reads "开展专项审计的国有企业".
    static let objectMarkers = Words.list(["对", "与", "在", "把", "向", "同", "跟"])

    /// Verbs that make the counted things the doers of what follows ("组织11个食品药品监督所
    /// 开展…", "帮助43家中小企业融资"): the label reads as the noun and that predicate.
    static let causatives = Words.list(["组织", "帮助", "督促", "引导", "推动", "支持"])

    /// Verbs after which the counted noun and its predicate form a clause ("完成16家…建立…制度").
    static let completives = Words.list(["完成", "实现"])

    /// Adverbs dropped from the start of a predicate ("均建立" → 建立).
    static let predicateAdverbs = Words.list(["均", "都", "已经", "已", "积极", "也", "还", "正式", "陆续"])
    /// Words dropped from the end of a predicate ("全部划转过来" → 全部划转).
    static let predicateTrailers = Words.list(["过来", "了", "等"])

    /// The predicate of an award: "2个单位获…示范单位" reads as the title itself.
    static let awardVerbs = Words.list(["获评", "获", "评为", "成为", "被评为", "荣获"])

    /// Measure words that end the noun after a count when the next figure measures it
    /// ("10个“朗读者”视频总浏览量超过500万人次": 10 is the videos, 500万 their views).
    static let quantityWords = Words.list(["总浏览量", "浏览量", "总人数", "人数", "总数", "数量", "总额", "金额", "总量"])

    /// Nouns that do not read on their own as a label, alone or after a verb (投资, 完成投资,
    /// 投入资金, 涉及街道). They are completed with the purpose that follows or the topic of
    /// the figure before.
    static let genericNouns: Set<String> = [
        "投资", "资金", "经费", "项目", "居民", "单位", "社区", "街道", "部门", "人员", "人数",
        "满意率", "成功率", "办结率", "合格率", "占比", "比重",
    ]
    /// Generic labels whose verb is not an action verb of `actionVerbs`.
    private static let otherGenerics: Set<String> = ["参与人数"]

    /// The last characters of the generic nouns: most labels end otherwise and are let go
    /// at once (labels are checked several times each).
    private static let genericEnds = Set(genericNouns.compactMap(\.unicodeScalars.last))

    /// True for a label that does not read on its own: a generic noun, bare or after action verbs.
    static func isGeneric(_ label: String) -> Bool {
        guard let last = label.unicodeScalars.last, genericEnds.contains(last) else { return false }
        if genericNouns.contains(label) || otherGenerics.contains(label) { return true }
        var words = Array(label.unicodeScalars)
        var stripped = false
        while let verb = ScalarText(scalars: words).firstMatch(in: actionVerbs, at: 0), verb.count < words.count {
            words.removeFirst(verb.count)
            stripped = true
        }
        return stripped && genericNouns.contains(String(scalars: words))
    }

    /// Money nouns a purpose completes ("投资3996万元完成了…改造工作" → 二次供水设施改造投资).
    static let purposeNouns = Words.list(["投资", "资金", "经费"])
    /// Verbs that introduce what money was for.
    static let purposeVerbs = Words.list(["完成了", "完成", "推进", "用于", "推动", "支持", "实施"])

    /// Counted nouns that name the parts of a scheme rather than results ("…等6项职责",
    /// "9个环节58项检查指标"): such counts describe a design and are not figures.
    static let schemeParts = Words.list(["职责", "环节", "指标", "要素", "步骤", "原则", "类别"])

    /// Year-relative words that start a period such as "连续3年".
    static let consecutive: Word = Array("连续".unicodeScalars)
    static let dateEnds: [Unicode.Scalar] = ["年", "月", "日"]
    static let yearTails: [Unicode.Scalar] = ["底", "末", "初", "起"]
}
