import ScorecardsGrid

/// A text prompt on one row: its label, the text, and the insertion point shown as a
/// reverse cell. Long text scrolls so the insertion point stays in view.
enum PromptLine {
    static func draw(label: String, editor: LineEditor, trailing: String?, in rect: Rect, into grid: inout Grid) {
        grid.fill(rect, role: .statusBar)
        let labelWidth = grid.put(label, x: rect.x, y: rect.y, clip: rect, role: .prompt)
        var right = rect.maxX
        if let trailing {
            let w = grid.width(of: trailing)
            if w + labelWidth + 4 < rect.width {
                grid.put(trailing, x: rect.maxX - w - 1, y: rect.y, clip: rect, role: .statusBar)
                right = rect.maxX - w - 2
            }
        }
        let field = Rect(x: rect.x + labelWidth, y: rect.y, width: right - rect.x - labelWidth, height: 1)
        guard field.width > 1 else { return }
        let characters = editor.text.map { String($0) }
        let widths = characters.map { grid.width(of: $0) }
        // Scroll so that the text before the cursor plus the cursor cell fits.
        var start = 0
        while widths[start..<editor.cursor].reduce(0, +) + 1 > field.width, start < editor.cursor { start += 1 }
        var x = field.x
        for i in start..<characters.count {
            guard x + widths[i] <= field.maxX else { break }
            x += grid.put(characters[i], x: x, y: field.y, clip: field, role: i == editor.cursor ? .cursor : .prompt)
        }
        if editor.cursor >= characters.count, x < field.maxX {
            grid.put(" ", x: x, y: field.y, clip: field, role: .cursor)
        }
    }
}
