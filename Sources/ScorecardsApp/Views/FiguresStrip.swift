import ScorecardsCore
import ScorecardsGrid

/// The key figures of a scorecard at the bottom of its pane.
enum FiguresStrip {
    static func draw(_ state: AppState, card: Scorecard, glyphs: GlyphSet, in rect: Rect, into grid: inout Grid) {
        guard rect.height > 0 else { return }
        let title = " " + state.settings.text(.keyFigures) + " "
        // The rule runs into the pane's borders, joined by tees.
        let rule = glyphs.teeLeft + String(repeating: glyphs.horizontal, count: max(0, rect.width)) + glyphs.teeRight
        grid.put(rule, x: rect.x - 1, y: rect.y, clip: rect.inset(left: -1, right: -1), role: .border)
        grid.put(title, x: rect.x + 1, y: rect.y, clip: rect, role: .title)
        let body = rect.inset(left: 1, top: 1, right: 1)
        grid.line(state.settings.text(.noFigures), in: body, role: .dim)
    }
}
