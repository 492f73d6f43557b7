import ScorecardsGrid

/// Help: every view's keys, drawn as a centred overlay from its `HelpLayout`, which is
/// built from the key map itself and so cannot drift from what the keys do.
enum HelpView {
    static func draw(_ layout: HelpLayout, scroll: Int, settings: Settings, into grid: inout Grid) {
        let box = layout.frame
        guard layout.isShown else { return }
        grid.fill(box, role: .overlay)
        grid.box(box, glyphs: settings.glyphs, role: .overlay, title: settings.text(.helpTitle), titleRole: .overlay)
        let total = layout.lines.count, shown = layout.visibleRows
        if total > shown {
            let position = " \(min(total, scroll + shown))/\(total) "
            grid.put(position, x: box.maxX - grid.width(of: position) - 2, y: box.maxY - 1, clip: box, role: .overlay)
        }
        let inner = layout.inner
        for row in 0..<shown {
            let i = scroll + row
            guard layout.lines.indices.contains(i) else { break }
            let line = layout.lines[i]
            let y = inner.y + row
            switch line.kind {
            case .heading:
                grid.line(line.text, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .overlayKey)
            case .entry:
                grid.line(line.keys, in: Rect(x: inner.x + 1, y: y, width: layout.keyColumn, height: 1), role: .overlayKey)
                grid.line(line.text, in: Rect(x: inner.x + 2 + layout.keyColumn, y: y, width: inner.width - layout.keyColumn - 2, height: 1),
                          role: .overlay)
            case .blank:
                break
            }
        }
    }
}
