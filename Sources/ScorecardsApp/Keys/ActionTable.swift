/// Every action in one place: its config name, its help text, its status-bar word, and where
/// it works with its default keys and hint rank. The key map, help, the status bar, the
/// config file's [keys] tables and `config --default` are all generated from this table.
public enum ActionTable {
    typealias P = ActionSpec.Place

    private static let down: [Key] = [.char("j"), .down], up: [Key] = [.char("k"), .up]
    private static let home: [Key] = [.char("g"), .home], end: [Key] = [.char("G"), .end]
    private static let scroll = Phrase("滚动", "scroll")

    public static let all: [ActionSpec] = [
        ActionSpec(.moveDown, "move-down", help: Phrase("下移", "down"), word: Phrase("移动", "move"), [
            P(.dashboard, down, hint: 1), P(.reader, down, hint: 1), P(.metrics, down, hint: 1),
            P(.issues, down, hint: 1), P(.help, down, hint: 1, help: Phrase("向下滚动", "scroll down"), word: scroll),
        ]),
        ActionSpec(.moveUp, "move-up", help: Phrase("上移", "up"), word: Phrase("移动", "move"), [
            P(.dashboard, up), P(.reader, up), P(.metrics, up), P(.issues, up),
            P(.help, up, help: Phrase("向上滚动", "scroll up"), word: scroll),
        ]),
        ActionSpec(.top, "top", help: Phrase("到顶", "to the top"), word: Phrase("顶部", "top"), [
            P(.dashboard, home), P(.reader, home), P(.metrics, home), P(.issues, home), P(.help, home),
        ]),
        ActionSpec(.bottom, "bottom", help: Phrase("到底", "to the bottom"), word: Phrase("底部", "bottom"), [
            P(.dashboard, end), P(.reader, end), P(.metrics, end), P(.issues, end), P(.help, end),
        ]),
        ActionSpec(.pageDown, "page-down", help: Phrase("下翻一页", "page down"), word: Phrase("翻页", "page"), [
            P(.dashboard, [.pageDown]), P(.reader, [.pageDown, .char(" ")], hint: 2), P(.metrics, [.pageDown]),
            P(.issues, [.pageDown]), P(.help, [.pageDown, .char(" ")], hint: 2),
        ]),
        ActionSpec(.pageUp, "page-up", help: Phrase("上翻一页", "page up"), word: Phrase("翻页", "page"), [
            P(.dashboard, [.pageUp]), P(.reader, [.pageUp]), P(.metrics, [.pageUp]), P(.issues, [.pageUp]), P(.help, [.pageUp]),
        ]),
        ActionSpec(.halfPageDown, "half-page-down", help: Phrase("下翻半页", "half a page down"), word: Phrase("半页", "half page"), [
            P(.dashboard, [.ctrl("d")]), P(.reader, [.ctrl("d")]), P(.metrics, [.ctrl("d")]), P(.issues, [.ctrl("d")]), P(.help, [.ctrl("d")]),
        ]),
        ActionSpec(.halfPageUp, "half-page-up", help: Phrase("上翻半页", "half a page up"), word: Phrase("半页", "half page"), [
            P(.dashboard, [.ctrl("u")]), P(.reader, [.ctrl("u")]), P(.metrics, [.ctrl("u")]), P(.issues, [.ctrl("u")]), P(.help, [.ctrl("u")]),
        ]),

        ActionSpec(.open, "open", help: Phrase("打开文章", "open the article"), word: Phrase("打开", "open"), [
            P(.dashboard, [.enter], hint: 2),
            P(.metrics, [.enter], hint: 2, help: Phrase("打开数据所在的文章", "open the article the figure is from")),
            P(.issues, [.enter], hint: 2, help: Phrase("显示所选的一期", "show the selected issue")),
        ]),
        ActionSpec(.back, "back", help: Phrase("返回", "back"), word: Phrase("返回", "back"), [
            P(.reader, [.escape, .char("q"), .char("h"), .left], hint: 0),
            P(.metrics, [.escape, .char("q"), .char("h"), .left], hint: 0,
              help: Phrase("返回（有筛选时先清除筛选）", "back (clears a filter first)")),
            P(.issues, [.escape, .char("q"), .char("i")], hint: 0, help: Phrase("关闭列表", "close the list"), word: Phrase("关闭", "close")),
            P(.help, [.escape, .char("q")], hint: 0, help: Phrase("关闭帮助（其他键也关闭）", "close help (so does any other key)"),
              word: Phrase("关闭", "close")),
        ]),

        ActionSpec(.focusNext, "focus-next", help: Phrase("下一栏", "next pane"), word: Phrase("切换", "pane"), [
            P(.dashboard, [.tab], hint: 3),
        ]),
        ActionSpec(.focusPrevious, "focus-previous", help: Phrase("上一栏", "previous pane"), word: Phrase("切换", "pane"), [
            P(.dashboard, [.backTab]),
        ]),
        ActionSpec(.focusLeft, "focus-left", help: Phrase("左边一栏", "pane to the left"), word: Phrase("左栏", "left"), [
            P(.dashboard, [.char("h"), .left]),
        ]),
        ActionSpec(.focusRight, "focus-right", help: Phrase("右边一栏", "pane to the right"), word: Phrase("右栏", "right"), [
            P(.dashboard, [.char("l"), .right]),
        ]),
    ] + (1...4).map { n in
        ActionSpec(.focusPane(n), "focus-pane-\(n)", help: Phrase("第\(n)栏", "pane \(n)"), word: Phrase("第\(n)栏", "pane \(n)"), [
            P(.dashboard, [.char(Character(String(n)))]),
        ])
    } + [
        ActionSpec(.zoom, "zoom", help: Phrase("放大/还原本栏", "zoom the pane / restore"), word: Phrase("放大", "zoom"), [
            P(.dashboard, [.char("z")], hint: 6),
        ]),
        ActionSpec(.copy, "copy", help: Phrase("复制所选标题（附出处）到剪贴板", "copy the selected headline with its source"),
                   word: Phrase("复制", "copy"), [
            P(.dashboard, [.char("y")]),
            P(.reader, [.char("y")], hint: 6,
              help: Phrase("复制标记的段落（附出处）到剪贴板", "copy the marked paragraph with its source")),
            P(.metrics, [.char("y")], hint: 6, help: Phrase("复制所选数据（附出处）到剪贴板", "copy the selected figure with its source")),
        ]),
        ActionSpec(.previousIssue, "previous-issue", help: Phrase("上一期（较早）", "previous (older) issue"),
                   word: Phrase("上一期", "older"), [
            P(.dashboard, [.char("[")]),
        ]),
        ActionSpec(.nextIssue, "next-issue", help: Phrase("下一期（较新）", "next (newer) issue"), word: Phrase("下一期", "newer"), [
            P(.dashboard, [.char("]")]),
        ]),
        ActionSpec(.issueList, "issues", help: Phrase("各期列表", "list of open issues"), word: Phrase("各期", "issues"), [
            P(.dashboard, [.char("i")]),
        ]),
        ActionSpec(.metrics, "figures", help: Phrase("数据表（本版全部数据）", "figures table of the scorecard"),
                   word: Phrase("数据", "figures"), [
            P(.dashboard, [.char("m")], hint: 5),
        ]),
        ActionSpec(.search, "search", help: Phrase("搜索标题和正文（拼音、首字母亦可）", "search headlines and text (pinyin and initials too)"),
                   word: Phrase("搜索", "search"), [
            P(.dashboard, [.char("/")], hint: 4),
            P(.reader, [.char("/")], hint: 5, help: Phrase("在本文中查找（拼音、首字母亦可）", "find in this article (pinyin and initials too)"),
              word: Phrase("查找", "find")),
        ]),
        ActionSpec(.searchNext, "search-next", help: Phrase("下一个结果", "next hit"), word: Phrase("下一个", "next hit"), [
            P(.dashboard, [.char("n")]),
            P(.reader, [.char("n")], help: Phrase("本文下一处匹配", "next match in the article")),
        ]),
        ActionSpec(.searchPrevious, "search-previous", help: Phrase("上一个结果", "previous hit"), word: Phrase("上一个", "previous hit"), [
            P(.dashboard, [.char("N")]),
            P(.reader, [.char("N")], help: Phrase("本文上一处匹配", "previous match in the article")),
        ]),
        ActionSpec(.clearSearch, "clear-search", help: Phrase("清除搜索", "clear the search"), word: Phrase("清除", "clear"), [
            P(.dashboard, [.escape]),
        ]),
        ActionSpec(.nextArticle, "next-article", help: Phrase("本版下一篇", "next article of the scorecard"),
                   word: Phrase("下一篇", "next article"), [
            P(.reader, [.char("J")], hint: 3),
        ]),
        ActionSpec(.previousArticle, "previous-article", help: Phrase("本版上一篇", "previous article of the scorecard"),
                   word: Phrase("上一篇", "previous article"), [
            P(.reader, [.char("K")], hint: 4),
        ]),

        ActionSpec(.sortFigures, "sort", help: Phrase("排序：来源/变化/数值", "sort: source / change / value"), word: Phrase("排序", "sort"), [
            P(.metrics, [.char("s")], hint: 3),
        ]),
        ActionSpec(.toggleScope, "scope", help: Phrase("本版 / 全部四版", "this scorecard / all four"), word: Phrase("本版/全部", "scope"), [
            P(.metrics, [.char("a")], hint: 4),
        ]),
        ActionSpec(.filter, "filter", help: Phrase("筛选", "filter"), word: Phrase("筛选", "filter"), [
            P(.metrics, [.char("/"), .char("f")], hint: 5),
        ]),

        ActionSpec(.quit, "quit", help: Phrase("退出", "quit"), word: Phrase("退出", "quit"), [
            P(.dashboard, [.char("q")], hint: 8),
        ]),

        ActionSpec(.accept, "accept", help: Phrase("确定", "accept"), word: Phrase("确定", "accept"), [
            P(.prompt, [.enter], hint: 1),
        ]),
        ActionSpec(.cancel, "cancel", help: Phrase("取消", "cancel"), word: Phrase("取消", "cancel"), [
            P(.prompt, [.escape, .ctrl("c")], hint: 0),
        ]),
        ActionSpec(.historyPrevious, "history-previous", help: Phrase("上一条记录", "previous entry"), word: Phrase("记录", "history"), [
            P(.prompt, [.up], hint: 2),
        ]),
        ActionSpec(.historyNext, "history-next", help: Phrase("下一条记录", "next entry"), word: Phrase("记录", "history"), [
            P(.prompt, [.down]),
        ]),
        ActionSpec(.deleteBackward, "delete-backward", help: Phrase("删除前一个字", "delete the character before"),
                   word: Phrase("删除", "delete"), [
            P(.prompt, [.backspace, .ctrl("h")]),
        ]),
        ActionSpec(.deleteForward, "delete-forward", help: Phrase("删除后一个字", "delete the character after"),
                   word: Phrase("删除", "delete"), [
            P(.prompt, [.delete]),
        ]),
        ActionSpec(.cursorLeft, "cursor-left", help: Phrase("光标左移", "cursor left"), word: Phrase("左移", "left"), [
            P(.prompt, [.left]),
        ]),
        ActionSpec(.cursorRight, "cursor-right", help: Phrase("光标右移", "cursor right"), word: Phrase("右移", "right"), [
            P(.prompt, [.right]),
        ]),
        ActionSpec(.cursorHome, "cursor-home", help: Phrase("光标到行首", "cursor to start"), word: Phrase("行首", "start"), [
            P(.prompt, [.home, .ctrl("a")]),
        ]),
        ActionSpec(.cursorEnd, "cursor-end", help: Phrase("光标到行尾", "cursor to end"), word: Phrase("行尾", "end"), [
            P(.prompt, [.end, .ctrl("e")]),
        ]),
        ActionSpec(.clearLine, "clear-line", help: Phrase("清空", "clear"), word: Phrase("清空", "clear"), [
            P(.prompt, [.ctrl("u")]),
        ]),

        ActionSpec(.forceQuit, "force-quit", help: Phrase("立即退出", "quit at once"), word: Phrase("退出", "quit"), [
            P(.global, [.char("Q"), .ctrl("c")]),
        ]),
        ActionSpec(.help, "help", help: Phrase("帮助（本页）", "help (this screen)"), word: Phrase("帮助", "help"), [
            P(.global, [.char("?"), .function(1)], hint: 7),
        ]),
        ActionSpec(.redraw, "redraw", help: Phrase("重绘屏幕", "redraw the screen"), word: Phrase("重绘", "redraw"), [
            P(.global, [.ctrl("l")]),
        ]),
        ActionSpec(.suspend, "suspend", help: Phrase("挂起（fg 恢复）", "suspend (fg resumes)"), word: Phrase("挂起", "suspend"), [
            P(.global, [.ctrl("z")]),
        ]),
    ]

    private static let byAction: [Action: ActionSpec] = Dictionary(uniqueKeysWithValues: all.map { ($0.action, $0) })
    private static let byName: [String: ActionSpec] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    static func spec(_ action: Action) -> ActionSpec {
        guard let spec = byAction[action] else { preconditionFailure("action \(action) is missing from ActionTable") }
        return spec
    }

    /// The action the config file calls `name`.
    public static func action(named name: String) -> Action? { byName[name]?.action }
}
