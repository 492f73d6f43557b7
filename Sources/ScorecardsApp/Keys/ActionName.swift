/// Stable names for actions, as the config file's [keys] tables write them.
extension Action {
    public var name: String {
        switch self {
        case .quit: "quit"
        case .forceQuit: "force-quit"
        case .help: "help"
        case .redraw: "redraw"
        case .suspend: "suspend"
        case .focusNext: "focus-next"
        case .focusPrevious: "focus-previous"
        case .focusPane(let n): "focus-pane-\(n)"
        case .focusLeft: "focus-left"
        case .focusRight: "focus-right"
        case .moveDown: "move-down"
        case .moveUp: "move-up"
        case .top: "top"
        case .bottom: "bottom"
        case .pageDown: "page-down"
        case .pageUp: "page-up"
        case .halfPageDown: "half-page-down"
        case .halfPageUp: "half-page-up"
        case .open: "open"
        case .back: "back"
        case .zoom: "zoom"
        case .nextArticle: "next-article"
        case .previousArticle: "previous-article"
        case .metrics: "figures"
        case .sortFigures: "sort"
        case .toggleScope: "scope"
        case .filter: "filter"
        case .accept: "accept"
        case .cancel: "cancel"
        case .historyPrevious: "history-previous"
        case .historyNext: "history-next"
        case .deleteBackward: "delete-backward"
        case .deleteForward: "delete-forward"
        case .cursorLeft: "cursor-left"
        case .cursorRight: "cursor-right"
        case .cursorHome: "cursor-home"
        case .cursorEnd: "cursor-end"
        case .clearLine: "clear-line"
        case .search: "search"
        case .searchNext: "search-next"
        case .searchPrevious: "search-previous"
        case .clearSearch: "clear-search"
        case .copy: "copy"
        case .previousIssue: "previous-issue"
        case .nextIssue: "next-issue"
        case .issueList: "issues"
        }
    }
}

extension Key {
    /// The key in the notation `dump --keys` and the config file use.
    public var notation: String {
        switch self {
        case .char("<"): "<lt>"
        case .char(" "): "<Space>"
        case .char(let c): String(c)
        case .ctrl(let c): "<C-\(c)>"
        case .up: "<Up>"
        case .down: "<Down>"
        case .left: "<Left>"
        case .right: "<Right>"
        case .home: "<Home>"
        case .end: "<End>"
        case .pageUp: "<PageUp>"
        case .pageDown: "<PageDown>"
        case .enter: "<CR>"
        case .escape: "<Esc>"
        case .tab: "<Tab>"
        case .backTab: "<S-Tab>"
        case .backspace: "<BS>"
        case .delete: "<Del>"
        case .insert: "<Insert>"
        case .function(let n): "<F\(n)>"
        }
    }
}
