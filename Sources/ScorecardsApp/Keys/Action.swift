/// What a key does. Handlers switch on actions, never on keys, so remapping keys never
/// touches them and help is generated from the same table.
public enum Action: Hashable, Sendable {
    case quit, forceQuit, help, redraw, suspend
    case focusNext, focusPrevious, focusPane(Int), focusLeft, focusRight
    case moveDown, moveUp, top, bottom, pageDown, pageUp, halfPageDown, halfPageUp
    case open, back, zoom
    case nextArticle, previousArticle
    case metrics, sortFigures, toggleScope, filter
    case accept, cancel, historyPrevious, historyNext, deleteBackward, deleteForward
    case cursorLeft, cursorRight, cursorHome, cursorEnd, clearLine
    case search, searchNext, searchPrevious, clearSearch
    case copy
    case previousIssue, nextIssue, issueList

    /// The help screen's description.
    public var help: (zh: String, en: String) {
        switch self {
        case .quit: ("退出", "quit")
        case .forceQuit: ("立即退出", "quit at once")
        case .help: ("帮助（本页）", "help (this screen)")
        case .redraw: ("重绘屏幕", "redraw the screen")
        case .suspend: ("挂起（fg 恢复）", "suspend (fg resumes)")
        case .focusNext: ("下一栏", "next pane")
        case .focusPrevious: ("上一栏", "previous pane")
        case .focusPane(let n): ("第\(n)栏", "pane \(n)")
        case .focusLeft: ("左边一栏", "pane to the left")
        case .focusRight: ("右边一栏", "pane to the right")
        case .moveDown: ("下移", "down")
        case .moveUp: ("上移", "up")
        case .top: ("到顶", "to the top")
        case .bottom: ("到底", "to the bottom")
        case .pageDown: ("下翻一页", "page down")
        case .pageUp: ("上翻一页", "page up")
        case .halfPageDown: ("下翻半页", "half a page down")
        case .halfPageUp: ("上翻半页", "half a page up")
        case .open: ("打开文章", "open the article")
        case .back: ("返回", "back")
        case .zoom: ("放大/还原本栏", "zoom the pane / restore")
        case .nextArticle: ("本版下一篇", "next article of the scorecard")
        case .previousArticle: ("本版上一篇", "previous article of the scorecard")
        case .metrics: ("数据表（本版全部数据）", "figures table of the scorecard")
        case .sortFigures: ("排序：来源/变化/数值", "sort: source / change / value")
        case .toggleScope: ("本版 / 全部四版", "this scorecard / all four")
        case .filter: ("筛选", "filter")
        case .accept: ("确定", "accept")
        case .cancel: ("取消", "cancel")
        case .historyPrevious: ("上一条记录", "previous entry")
        case .historyNext: ("下一条记录", "next entry")
        case .deleteBackward: ("删除前一个字", "delete the character before")
        case .deleteForward: ("删除后一个字", "delete the character after")
        case .cursorLeft: ("光标左移", "cursor left")
        case .cursorRight: ("光标右移", "cursor right")
        case .cursorHome: ("光标到行首", "cursor to start")
        case .cursorEnd: ("光标到行尾", "cursor to end")
        case .clearLine: ("清空", "clear")
        case .search: ("搜索标题和正文（拼音、首字母亦可）", "search headlines and text (pinyin and initials too)")
        case .searchNext: ("下一个结果", "next hit")
        case .searchPrevious: ("上一个结果", "previous hit")
        case .clearSearch: ("清除搜索", "clear the search")
        case .copy: ("复制（附出处）到剪贴板", "copy with its source to the clipboard")
        case .previousIssue: ("上一期（较早）", "previous (older) issue")
        case .nextIssue: ("下一期（较新）", "next (newer) issue")
        case .issueList: ("各期列表", "list of open issues")
        }
    }
}
