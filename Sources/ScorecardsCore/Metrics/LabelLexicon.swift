/// Word lists that shape labels. They are closed lists: a word missing here stays in the label.
enum LabelLexicon {
    /// Reporting words and time words that precede what is measured
    /// ("据统计,2017年,武昌区预计全年完成地区生产总值" → 地区生产总值).
    static let leadingFillers = Words.list([
        "据统计", "据了解", "其中", "同时", "此外", "另外", "目前", "如今", "预计",
        "去年全年", "去年底", "去年以来", "去年", "今年以来", "今年来", "今年", "全年", "过去一年", "这一年",
        "共计", "累计", "总计", "合计", "共", "完成了", "完成", "实现了", "实现", "已经", "已", "现有",
        "还", "并", "均", "先后", "按照", "按", "每年", "截至目前", "截至",
    ])

    /// Verbs and fillers between what is measured and the number
    /// ("志愿者网上登记注册人数已达" → 志愿者网上登记注册人数).
    static let trailingFillers = Words.list([
        "达到了", "达到", "已达", "达", "已经", "已", "为", "是", "有", "了", "共计", "共", "累计",
        "完成了", "完成", "扩充", "缩短", "增加", "增至", "提高", "提升", "降至", "到", "至",
        "超过", "逾", "近", "约", "预计", "均", "都", "的", "总计", "合计", "分别", "仅",
    ])

    /// Generic words that end a noun phrase read after a count ("34个老旧社区的…改造工作").
    static let followingTrailers = Words.list(["工作", "之一", "等", "和", "及", "与", "的", "中"])

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

    /// Year-relative words that start a period such as "连续3年".
    static let consecutive: Word = Array("连续".unicodeScalars)
    static let dateEnds: Set<Unicode.Scalar> = ["年", "月", "日"]
    static let yearTails: Set<Unicode.Scalar> = ["底", "末", "初", "起"]
}
