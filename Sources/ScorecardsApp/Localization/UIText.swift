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
        case .helpClose: "按任意键关闭"
        case .sectionGlobal: "任何时候"
        case .sectionDashboard: "总览"
        case .sectionReader: "阅读"
        case .sectionPrompt: "搜索输入"
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
        }
    }

    private var en: String {
        switch self {
        case .appName: "Scorecards"
        case .help: "help"
        case .helpTitle: "Keys"
        case .helpClose: "any key closes"
        case .sectionGlobal: "Everywhere"
        case .sectionDashboard: "Dashboard"
        case .sectionReader: "Reader"
        case .sectionPrompt: "Search prompt"
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
        }
    }
}
