import ScorecardsCore
import ScorecardsGrid

/// An article, full screen, drawn from the layout its state holds.
enum ReaderView {
    /// Draws the article above the status row; returns what the status bar shows on the
    /// right: the current match, and how far down the article the page reaches.
    static func draw(_ state: AppState, _ reader: ReaderState, into grid: inout Grid) -> String? {
        // A copy of the state's layout: the update has laid out the page, so asking for it
        // lays out nothing more, and the state is never written.
        var layout = ReaderLayout.settled(reader, in: state)
        let card = state.issue.scorecards[reader.scorecard]
        let articlePosition = state.settings.text(.position(reader.article + 1, card.articles.count))
        HeaderView.draw(state, in: layout.header, into: &grid, trailing: "\(card.title) \(articlePosition)")
        let page = layout.page(for: reader.anchor)
        let viewport = layout.viewport
        // The paragraph `y` copies, marked in the margin.
        let copied = layout.copyTarget(reader)
        let glyphs = state.settings.glyphs
        var marked = false
        for (row, place) in page.enumerated() {
            let line = layout.line(at: place)
            let y = viewport.y + row
            grid.put(line.text, x: line.x, y: y, clip: viewport, role: line.role)
            if let part = line.part {
                for mark in ReaderLayout.marks(reader.marks, in: part) {
                    guard let columns = ReaderLayout.columns(of: mark, on: line, ambiguous: grid.ambiguous) else { continue }
                    grid.paint(Rect(x: line.x + columns.lowerBound, y: y, width: columns.count, height: 1),
                               role: mark.current ? .matchCurrent : .match)
                }
            }
            if let copied, line.part == copied {
                let x = max(0, layout.margin - 2)
                grid.put(marked ? glyphs.vertical : glyphs.selected, x: x, y: y, clip: viewport, role: .borderFocused)
                marked = true
            }
        }
        var trailing = position(layout, page, reader, state)
        if let current = reader.currentMark {
            trailing = state.settings.text(.matchPosition(current + 1, reader.marks.count)) + "  " + trailing
        }
        return trailing
    }

    /// `24/869 3%`: the last line on the page, of all the article's lines. Until a long
    /// article has been measured (beside the loop, the status bar saying so), the paragraph.
    static func position(_ layout: ReaderLayout, _ page: [ReaderLayout.Place], _ reader: ReaderState,
                         _ state: AppState) -> String {
        guard let last = page.last else { return "" }
        guard let article = ReaderUpdate.article(reader, state),
              let measure = state.measures[MeasureKey(state.issue, article, layout.geometry)] else {
            // Block p + 1 is paragraph p: the block is the paragraph's number from 1.
            return state.settings.text(.paragraphPosition(last.block, layout.paragraphCount))
        }
        let end = layout.index(of: last, measure: measure) + 1
        let total = layout.lineCount(measure: measure)
        let percent = total <= layout.viewport.height ? 100 : (end * 100) / max(1, total)
        return "\(end)/\(total) \(percent)%"
    }
}
