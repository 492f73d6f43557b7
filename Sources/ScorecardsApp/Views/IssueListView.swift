import ScorecardsCore
import ScorecardsGrid

/// The open issues, newest first, as an overlay: date, number and title, the shown one marked.
enum IssueListView {
    static func frame(_ state: AppState) -> Rect {
        let width = min(state.size.width - 4, 72), height = min(state.size.height - 2, state.issues.count + 2)
        return Rect(x: (state.size.width - width) / 2, y: 1, width: width, height: max(3, height))
    }

    static func draw(_ state: AppState, selection: Int, into grid: inout Grid) {
        let box = frame(state)
        guard box.width >= 12, box.height >= 3 else { return }
        grid.fill(box, role: .overlay)
        let title = state.settings.text(.issueListTitle(state.issues.count))
        grid.box(box, glyphs: state.settings.glyphs, role: .overlay, title: title, titleRole: .overlay)
        let inner = box.inset(left: 1, top: 1, right: 1, bottom: 1)
        let top = max(0, min(selection - inner.height / 2, state.issues.count - inner.height))
        for row in 0..<inner.height {
            let position = top + row
            guard position < state.issues.count else { break }
            let index = state.issues.count - 1 - position
            let issue = state.issues[index]
            let rect = Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)
            let selected = position == selection
            if selected { grid.fill(rect, role: .selection) }
            let mark = index == state.shown ? state.settings.glyphs.selected : " "
            let text = "\(mark) \(issue.date ?? "—")  \(state.settings.display(HeaderView.title(issue, withDate: false)))"
            grid.line(text, in: rect, role: selected ? .selection : .overlay)
        }
    }
}
