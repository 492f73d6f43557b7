/// What a key does. Handlers switch on actions, never on keys, so remapping keys never
/// touches them. Everything said about an action (its name, help text, status-bar word,
/// default keys) is in `ActionTable`.
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

    /// This action's entry in the table.
    public var spec: ActionSpec { ActionTable.spec(self) }

    /// Its name in the config file's [keys] tables.
    public var name: String { spec.name }

    /// What help says it does in `context`.
    public func help(in context: KeyContext) -> Phrase { spec.help(in: context) }

    /// The status bar's word for it in `context`.
    public func hint(in context: KeyContext) -> Phrase { spec.hint(in: context) }
}
