/// Where a scorecard's pane stands: the selected article and the first visible row.
public struct PaneState: Equatable, Sendable {
    public var selection: Int = 0
    public var scroll: Int = 0

    public init(selection: Int = 0, scroll: Int = 0) {
        self.selection = selection
        self.scroll = scroll
    }

    /// Keeps the selection in range and on screen in a list of `count` rows, `visible` high;
    /// a pane not on screen (`visible` nil) only has its selection kept in range.
    mutating func clamp(count: Int, visible: Int?) {
        selection = max(0, min(selection, count - 1))
        guard let visible else { scroll = max(0, min(scroll, selection)); return }
        guard visible > 0 else { scroll = selection; return }
        if selection < scroll { scroll = selection }
        if selection >= scroll + visible { scroll = selection - visible + 1 }
        scroll = max(0, min(scroll, max(0, count - visible)))
    }
}
