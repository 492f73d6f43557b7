import ScorecardsCore

/// Every label, hint and message of the interface, in both languages.
public enum UIText: Sendable {
    case appName
    case helpTitle
    case metrics
    case tooSmall(current: String, needed: String)
    case keyFigures, noFigures
    case lead
    case position(Int, Int)
    case warning(String)
    case allScorecards, sortedBy(MetricSort), count(Int)
    case columnLabel, columnValue, columnChange, columnYear, columnArticle
    case filterPrompt
    case articleCount(Int), noResults, searchHint, matchPosition(Int, Int)
    case copied(String)
    case stateIgnored(String)
    case parseWarning(ParseWarning.Kind)
    case issueListTitle(Int)
    /// The names of files skipped because they are not issues.
    case filesSkipped([String])
    case issuesLoaded(Int)
    case loading(done: Int, total: Int)
    case yearLabel(Int), changeLabel(String), derivedPrior(year: Int, value: String), statedTimes(Int)
    /// Why a key did nothing.
    case firstArticle, lastArticle, onlyOneIssue, oldestIssue, newestIssue
    case noSearch(key: String), noMatchInArticle(key: String), keyDoesNothing(key: String, help: String)
    case nothingToOpen, nothingToCopy
    case matchCount(Int)
    case figuresLegend(approximately: String, derived: String, estimate: String, dash: String), figuresLegendMeaning
    /// The reader's position while a long article is still being measured.
    case paragraphPosition(Int, Int)
    /// The busy mark: work under way beside the loop.
    case busySearching, busyMeasuring(percent: Int?), busyListingFigures
    case searching

    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    private var zh: String {
        switch self {
        case .appName: "成绩单"
        case .helpTitle: "按键"
        case .metrics: "数据"
        case .tooSmall(let current, let needed): "窗口太小：\(current)，至少需要 \(needed)"
        case .keyFigures: "关键数据"
        case .noFigures: "无数据"
        case .lead: "导语"
        case .position(let i, let n): "\(i)/\(n)"
        case .warning(let w): "注意：\(w)"
        case .allScorecards: "全部四版"
        case .sortedBy(let sort): switch sort {
            case .source: "按来源排序"
            case .change: "按变化排序"
            case .value: "按数值排序"
            }
        case .count(let n): "\(n)项"
        case .columnLabel: "指标"
        case .columnValue: "数值"
        case .columnChange: "变化"
        case .columnYear: "年份"
        case .columnArticle: "文章"
        case .filterPrompt: "筛选："
        case .articleCount(let n): n == 0 ? "无结果" : "\(n)篇"
        case .noResults: "无结果"
        case .copied(let what): "已复制到剪贴板（OSC 52）：\(what)"
        case .stateIgnored(let why): "未能读取上次的阅读位置：\(why)"
        case .issueListTitle(let n): "各期（共\(n)期）"
        case .filesSkipped(let names): "\(names.count)个文件不是成绩单，已跳过：" + names.joined(separator: "、")
        case .issuesLoaded(let n): "已载入全部\(n)期"
        case .loading(let done, let total): "载入 \(done)/\(total)"
        case .parseWarning(let kind): switch kind {
            case .truncatedCharacter: "文件在一个字的中间截断，该字已舍去"
            case .missingText(let headline): "“\(headline)”缺少正文"
            case .missingScorecards(let present, let missing): "只有\(present)份成绩单，缺\(missing.joined(separator: "、"))"
            case .midSentence(let tail): "最后一段没有结束：…\(tail)"
            case .noArticles(let name): "\(name)没有文章"
            }
        case .searchHint: "中文、拼音或首字母"
        case .matchPosition(let i, let n): "匹配 \(i)/\(n)"
        case .yearLabel(let y): "\(y)年"
        case .changeLabel(let c): "同比\(c)"
        case .derivedPrior(let year, let value): "\(year)年约\(value)（由增幅推算）"
        case .statedTimes(let n): "文中出现\(n)次"
        case .firstArticle: "已是本版第一篇"
        case .lastArticle: "已是本版最后一篇"
        case .onlyOneIssue: "只打开了一期"
        case .oldestIssue: "已是最早的一期"
        case .newestIssue: "已是最新的一期"
        case .noSearch(let key): "没有搜索：按 \(key) 搜索"
        case .noMatchInArticle(let key): "本文没有匹配：按 \(key) 在本文中查找"
        case .keyDoesNothing(let key, let help): "\(key) 在此没有作用，按 \(help) 查看按键"
        case .nothingToOpen: "没有可打开的数据"
        case .nothingToCopy: "没有可复制的内容"
        case .matchCount(let n): n == 0 ? "无匹配" : "\(n)处匹配"
        case .figuresLegend(let approximately, let derived, let estimate, let dash):
            "\(approximately) 由增幅推算  \(derived) 推算的上年值  \(estimate) 预计数  a\(dash)b 各点的最小至最大值"
        case .figuresLegendMeaning: "数据标记：由增幅推算、推算的上年值、预计数；柱旁为各点的最小至最大值"
        case .paragraphPosition(let i, let n): "第\(i)段/共\(n)段"
        case .busySearching: "搜索中"
        case .busyMeasuring(let percent): "排版" + (percent.map { " \($0)%" } ?? "中")
        case .busyListingFigures: "整理数据中"
        case .searching: "正在搜索，稍候"
        }
    }

    private var en: String {
        switch self {
        case .appName: "Scorecards"
        case .helpTitle: "Keys"
        case .metrics: "figures"
        case .tooSmall(let current, let needed): "Window too small: \(current), needs \(needed)"
        case .keyFigures: "Key figures"
        case .noFigures: "no figures"
        case .lead: "lead"
        case .position(let i, let n): "\(i)/\(n)"
        case .warning(let w): "Note: \(w)"
        case .allScorecards: "all four scorecards"
        case .sortedBy(let sort): "by \(sort.rawValue)"
        case .count(let n): n == 1 ? "1 figure" : "\(n) figures"
        case .columnLabel: "Measure"
        case .columnValue: "Value"
        case .columnChange: "Change"
        case .columnYear: "Year"
        case .columnArticle: "Article"
        case .filterPrompt: "Filter: "
        case .articleCount(let n): n == 0 ? "no hits" : n == 1 ? "1 article" : "\(n) articles"
        case .noResults: "no hits"
        case .copied(let what): "Copied to the clipboard (OSC 52): \(what)"
        case .stateIgnored(let why): "Last session's places not restored: \(why)"
        case .issueListTitle(let n): "Issues (\(n))"
        case .filesSkipped(let names): "\(names.count) file\(names.count == 1 ? "" : "s") skipped, not \(names.count == 1 ? "an issue" : "issues"): " + names.joined(separator: ", ")
        case .issuesLoaded(let n): "all \(n) issues loaded"
        case .loading(let done, let total): "loading \(done)/\(total)"
        case .parseWarning(let kind): ParseWarning(kind).message
        case .searchHint: "Chinese, pinyin or initials"
        case .matchPosition(let i, let n): "match \(i)/\(n)"
        case .yearLabel(let y): "\(y)"
        case .changeLabel(let c): "change \(c)"
        case .derivedPrior(let year, let value): "\(year) ≈ \(value) (derived from the change)"
        case .statedTimes(let n): "stated \(n) times"
        case .firstArticle: "this is the scorecard's first article"
        case .lastArticle: "this is the scorecard's last article"
        case .onlyOneIssue: "only one issue is open"
        case .oldestIssue: "this is the oldest issue open"
        case .newestIssue: "this is the newest issue open"
        case .noSearch(let key): "no search: \(key) searches"
        case .noMatchInArticle(let key): "no matches in this article: \(key) finds in it"
        case .keyDoesNothing(let key, let help): "\(key) does nothing here; \(help) lists the keys"
        case .nothingToOpen: "no figure to open"
        case .nothingToCopy: "nothing to copy"
        case .matchCount(let n): n == 0 ? "no match" : n == 1 ? "1 match" : "\(n) matches"
        case .figuresLegend(let approximately, let derived, let estimate, let dash):
            "\(approximately) from a change  \(derived) derived prior year  \(estimate) estimate  a\(dash)b range of the points"
        case .figuresLegendMeaning: "figure marks: from a stated change, derived point, estimate; beside the bars, the points' range"
        case .paragraphPosition(let i, let n): "paragraph \(i) of \(n)"
        case .busySearching: "searching"
        case .busyMeasuring(let percent): "laying out" + (percent.map { " \($0)%" } ?? "")
        case .busyListingFigures: "listing figures"
        case .searching: "still searching"
        }
    }
}
