import ScorecardsCore
import ScorecardsGrid

/// An article, full screen.
enum ReaderView {
    /// Draws the article above the status row; returns what the status bar shows on the
    /// right: the current match, and how far down the article the page reaches.
    static func draw(_ state: AppState, _ reader: ReaderState, into grid: inout Grid) -> String? {
        let document = ReaderDocument.build(state: state, reader: reader)
        let card = state.issue.scorecards[reader.scorecard]
        let header = Rect(x: 0, y: 0, width: state.size.width, height: 1)
        let position = state.settings.text(.position(reader.article + 1, card.articles.count))
        HeaderView.draw(state, in: header, into: &grid, trailing: "\(card.title) \(position)")
        let page = document.page(for: reader.anchor)
        let viewport = document.viewport
        // The paragraph `y` copies, marked in the margin.
        let copied = document.copyTarget(reader)
        let glyphs = state.settings.glyphs
        var marked = false
        for (row, i) in page.enumerated() {
            let line = document.lines[i]
            let y = viewport.y + row
            grid.put(line.text, x: line.x, y: y, clip: viewport, role: line.role)
            for mark in reader.marks {
                guard let columns = document.columns(of: mark, onLine: i, ambiguous: grid.ambiguous) else { continue }
                grid.paint(Rect(x: line.x + columns.lowerBound, y: y, width: columns.count, height: 1),
                           role: mark.current ? .matchCurrent : .match)
            }
            if let copied, line.part == copied {
                let x = max(0, document.margin - 2)
                grid.put(marked ? glyphs.vertical : glyphs.selected, x: x, y: y, clip: viewport, role: .borderFocused)
                marked = true
            }
        }
        let total = document.lines.count
        let last = page.upperBound
        let percent = total <= viewport.height ? 100 : (last * 100) / max(1, total)
        var trailing = "\(last)/\(total) \(percent)%"
        if let current = reader.currentMark {
            trailing = state.settings.text(.matchPosition(current + 1, reader.marks.count)) + "  " + trailing
        }
        return trailing
    }
}
