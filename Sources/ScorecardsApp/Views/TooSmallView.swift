import ScorecardsText
import ScorecardsGrid

/// Below the minimum size: the current and the needed size, centred.
enum TooSmallView {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let needed = DashboardLayout.minimum
        let text = state.settings.text(.tooSmall(current: "\(state.size)", needed: "\(needed)"))
        let rect = grid.bounds
        let lines = ScorecardsText.Wrap.lines(text, width: max(1, rect.width), ambiguous: grid.ambiguous)
        let top = max(0, (rect.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            grid.line(String(line.text), in: rect, row: top + i, align: .center, role: .warning)
        }
    }
}
