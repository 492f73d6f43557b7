import ScorecardsCore
import ScorecardsGrid

/// The open issues, newest first, as an overlay: date, number and title. The selection has
/// the `▸` (as in the panes, so it shows without colour); the issue on screen is marked `•`.
enum IssueListView {
    struct Row: Equatable {
        var date: String
        var title: String
        var isShown: Bool
    }

    /// Every open issue, newest first.
    static func rows(_ state: AppState) -> [Row] {
        state.issues.indices.reversed().map { index in
            let issue = state.issues[index]
            return Row(date: issue.date ?? "—", title: state.settings.display(HeaderView.title(issue, withDate: false)),
                       isShown: index == state.shown)
        }
    }

    static func draw(_ rows: [Row], _ list: IssueListState, _ layout: IssueListLayout, settings: Settings, into grid: inout Grid) {
        guard layout.isShown else { return }
        let box = layout.frame
        grid.fill(box, role: .overlay)
        grid.box(box, glyphs: settings.glyphs, role: .overlay, title: settings.text(.issueListTitle(rows.count)), titleRole: .overlay)
        let inner = layout.list
        for row in 0..<inner.height {
            let position = list.scroll + row
            guard rows.indices.contains(position) else { break }
            let rect = Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)
            let selected = position == list.selection
            if selected { grid.fill(rect, role: .selection) }
            let mark = selected ? settings.glyphs.selected : " "
            let shown = rows[position].isShown ? (settings.glyphs.kind == .ascii ? "*" : "•") : " "
            grid.line("\(mark)\(shown)\(rows[position].date)  \(rows[position].title)", in: rect, role: selected ? .selection : .overlay)
        }
    }
}
