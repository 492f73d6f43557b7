import ScorecardsCore
import ScorecardsGrid

/// The top row: which issue this is, and where help is.
enum HeaderView {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid, trailing: String? = nil) {
        grid.fill(rect, role: .header)
        var right = trailing ?? helpHint(state)
        // With several issues open, which one this is.
        if state.issues.count > 1, trailing == nil {
            right = "[ ] \(state.shown + 1)/\(state.issues.count)  " + right
        }
        // While the rest are read, how far it has got, on every screen.
        if let loading = state.loading {
            right = state.settings.text(.loading(done: loading.done, total: loading.total)) + "  " + right
        }
        let rightWidth = grid.width(of: right)
        let room = Rect(x: rect.x + 1, y: rect.y, width: rect.width - rightWidth - 3, height: 1)
        grid.line(state.settings.display(title(state.issue)), in: room, role: .header)
        if rect.width > rightWidth + 2 {
            grid.put(right, x: rect.maxX - rightWidth - 1, y: rect.y, clip: rect, role: .header)
        }
    }

    /// `? 帮助`, with the key that opens help.
    static func helpHint(_ state: AppState) -> String {
        let key = state.keyMap.effectiveKeys(for: .help, in: .dashboard).first?.label ?? ""
        return key + " " + Action.help.hint(in: .dashboard).text(state.settings.language)
    }

    /// `《长江日报城区读本》2018年第1期 · 大成武昌 · 2018-01-15`
    static func title(_ issue: IssueDocument, withDate: Bool = true) -> String {
        var parts: [String] = []
        if let publication = issue.publication {
            parts.append("《\(publication)》" + (issue.number ?? ""))
        } else if let title = issue.title {
            parts.append(title)
        }
        if let title = issue.title, let dot = title.lastIndex(where: { $0 == "." || $0 == "·" }) {
            let name = title[title.index(after: dot)...]
            if !name.isEmpty { parts.append(String(name)) }
        }
        if withDate, let date = issue.date { parts.append(date) }
        return parts.isEmpty ? "成绩单" : parts.joined(separator: " · ")
    }
}
