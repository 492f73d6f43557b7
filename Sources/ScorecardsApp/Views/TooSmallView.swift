import ScorecardsText
import ScorecardsGrid

/// Below the minimum size: the current and the needed size, centred.
enum TooSmallView {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let needed = DashboardLayout.minimum
        let text = state.settings.text(.tooSmall(current: "\(state.size)", needed: "\(needed)"))
        // On a one-row screen the last cell is the bottom-right one, which curses cannot
        // write without scrolling; leave it empty so the terminal shows what the grid holds.
        let rect = grid.height == 1 ? Rect(x: 0, y: 0, width: grid.width - 1, height: 1) : grid.bounds
        let lines = ScorecardsText.Wrap.lines(text, width: max(1, rect.width), ambiguous: grid.ambiguous)
        let top = max(0, (rect.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            grid.line(String(line.text), in: rect, row: top + i, align: .center, role: .warning)
        }
    }
}
