import ScorecardsCore

/// Every label, hint and message of the interface, in both languages.
public enum UIText: Sendable {
    case appName
    case help, helpTitle, helpClose
    case sectionGlobal, sectionDashboard, sectionReader, sectionPrompt, sectionMetrics
    case open, back, quit, move, focus, zoom, search, scroll, redraw, nextArticle, previousArticle
    case top, bottom, page, halfPage, metrics
    case tooSmall(current: String, needed: String)
    case keyFigures, noFigures
    case lead
    case position(Int, Int)
    case warning(String)
    case allScorecards, sortedBy(MetricSort), count(Int)
    case columnLabel, columnValue, columnChange, columnYear, columnArticle
    case filterPrompt, sort, scope, filterHint
    case articleCount(Int), noResults, searchHint, matchPosition(Int, Int)
    case copied(String), copyHint
    case stateIgnored(String)
    case parseWarning(ParseWarning.Kind)
    case issueListTitle(Int)
    case filesSkipped(Int)
    case issuesLoaded(Int)
    case yearLabel(Int), changeLabel(String), derivedPrior(year: Int, value: String), statedTimes(Int)
    case figuresLegend(approximately: String, derived: String, estimate: String), figuresLegendMeaning

    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    private var zh: String {
        switch self {
        case .appName: "成绩单"
        case .help: "帮助"
        case .helpTitle: "按键"
        case .helpClose: "j/k 滚动，其他键关闭"
        case .sectionGlobal: "任何时候"
        case .sectionDashboard: "总览"
        case .sectionReader: "阅读"
        case .sectionPrompt: "输入框（搜索、筛选）"
        case .sectionMetrics: "数据"
        case .open: "打开"
        case .back: "返回"
        case .quit: "退出"
        case .move: "移动"
        case .focus: "切换"
        case .zoom: "放大"
        case .search: "搜索"
        case .scroll: "滚动"
        case .redraw: "重绘"
        case .nextArticle: "下一篇"
        case .previousArticle: "上一篇"
        case .top: "顶部"
        case .bottom: "底部"
        case .page: "翻页"
        case .halfPage: "翻半页"
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
        case .sort: "排序"
        case .scope: "本版/全部"
        case .filterHint: "筛选"
        case .articleCount(let n): n == 0 ? "无结果" : "\(n)篇"
        case .noResults: "无结果"
        case .copied(let what): "已复制到剪贴板（OSC 52）：\(what)"
        case .copyHint: "复制"
        case .stateIgnored(let why): "未能读取上次的阅读位置：\(why)"
        case .issueListTitle(let n): "各期（共\(n)期）· Enter 打开 · Esc 关闭"
        case .filesSkipped(let n): "\(n)个文件不是成绩单，已跳过"
        case .issuesLoaded(let n): "已载入全部\(n)期"
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
        case .figuresLegend(let approximately, let derived, let estimate):
            "\(approximately) 由增幅推算  \(derived) 推算的上年值  \(estimate) 预计数  a–b 各点的最小至最大值"
        case .figuresLegendMeaning: "数据标记：由增幅推算、推算的上年值、预计数；柱旁为各点的最小至最大值"
        }
    }

    private var en: String {
        switch self {
        case .appName: "Scorecards"
        case .help: "help"
        case .helpTitle: "Keys"
        case .helpClose: "j/k scroll, any other key closes"
        case .sectionGlobal: "Everywhere"
        case .sectionDashboard: "Dashboard"
        case .sectionReader: "Reader"
        case .sectionPrompt: "Prompts (search, filter)"
        case .sectionMetrics: "Figures"
        case .open: "open"
        case .back: "back"
        case .quit: "quit"
        case .move: "move"
        case .focus: "pane"
        case .zoom: "zoom"
        case .search: "search"
        case .scroll: "scroll"
        case .redraw: "redraw"
        case .nextArticle: "next article"
        case .previousArticle: "previous article"
        case .top: "top"
        case .bottom: "bottom"
        case .page: "page"
        case .halfPage: "half page"
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
        case .sort: "sort"
        case .scope: "scope"
        case .filterHint: "filter"
        case .articleCount(let n): n == 0 ? "no hits" : n == 1 ? "1 article" : "\(n) articles"
        case .noResults: "no hits"
        case .copied(let what): "Copied to the clipboard (OSC 52): \(what)"
        case .copyHint: "copy"
        case .stateIgnored(let why): "Last session's places not restored: \(why)"
        case .issueListTitle(let n): "Issues (\(n)) · Enter opens · Esc closes"
        case .filesSkipped(let n): "\(n) file\(n == 1 ? "" : "s") skipped: not an issue"
        case .issuesLoaded(let n): "all \(n) issues loaded"
        case .parseWarning(let kind): ParseWarning(kind).message
        case .searchHint: "Chinese, pinyin or initials"
        case .matchPosition(let i, let n): "match \(i)/\(n)"
        case .yearLabel(let y): "\(y)"
        case .changeLabel(let c): "change \(c)"
        case .derivedPrior(let year, let value): "\(year) ≈ \(value) (derived from the change)"
        case .statedTimes(let n): "stated \(n) times"
        case .figuresLegend(let approximately, let derived, let estimate):
            "\(approximately) from a change  \(derived) derived prior year  \(estimate) estimate  a–b range of the points"
        case .figuresLegendMeaning: "figure marks: from a stated change, derived point, estimate; beside the bars, the points' range"
        }
    }
}
