import ScorecardsGrid

/// A text prompt on one row: its label, the text, and the insertion point shown as a
/// reverse cell; long text scrolls so the insertion point stays in view. Where everything
/// goes is in the `PromptLayout`, which mouse clicks use too.
enum PromptLine {
    static func draw(_ layout: PromptLayout, into grid: inout Grid) {
        let rect = layout.row
        grid.fill(rect, role: .statusBar)
        grid.put(layout.label, x: rect.x, y: rect.y, clip: rect, role: .prompt)
        if let trailing = layout.trailing {
            grid.put(trailing, x: rect.maxX - grid.width(of: trailing) - 1, y: rect.y, clip: rect, role: .statusBar)
        }
        let field = layout.field
        guard field.width > 1 else { return }
        var x = field.x
        for i in layout.first..<layout.characters.count {
            guard x + layout.widths[i] <= field.maxX else { break }
            x += grid.put(layout.characters[i], x: x, y: field.y, clip: field, role: i == layout.cursor ? .cursor : .prompt)
        }
        if layout.cursor >= layout.characters.count, x < field.maxX {
            grid.put(" ", x: x, y: field.y, clip: field, role: .cursor)
        }
    }
}
