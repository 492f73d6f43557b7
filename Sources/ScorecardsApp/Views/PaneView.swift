import ScorecardsCore
import ScorecardsGrid

/// One scorecard: border titled with page and name, the headline list (the lead first, in
/// bold) with the selection, the position in the bottom border, and the key-figures strip.
enum PaneView {
    static func draw(_ state: AppState, scorecard index: Int, layout: PaneLayout, into grid: inout Grid) {
        let card = state.issue.scorecards[index]
        let pane = state.panes[index]
        let focused = index == state.focus
        let glyphs = focused ? state.settings.glyphs.focused : state.settings.glyphs
        grid.fill(layout.box)
        grid.box(layout.box, glyphs: glyphs, role: focused ? .borderFocused : .border,
                 title: state.settings.display(card.title), titleRole: focused ? .titleFocused : .title)
        let list = layout.list
        // One row per headline from the scroll position, or every headline wrapped whole.
        let rows = layout.wrapped ?? (0..<list.height).compactMap { row in
            card.articles.indices.contains(pane.scroll + row)
                ? PaneLayout.Row(item: pane.scroll + row, text: state.settings.display(card.articles[pane.scroll + row].joinedHeadline),
                                 scalarStart: 0, isFirst: true)
                : nil
        }
        for (row, line) in rows.enumerated() where row < list.height {
            let i = line.item
            let article = card.articles[i]
            let selected = i == pane.selection
            let ref = ArticleRef(issue: state.shown, scorecard: index, article: i)
            let matches = state.search.outcome?.matches(for: ref)
            // During a search the articles without a hit are dimmed, not hidden: every
            // pane keeps its rows in place while the query changes under the user's eyes.
            // A selected row without a hit is dimmed too, keeping only a mark of the selection.
            let unmatched = state.search.outcome != nil && matches == nil
            let role: Role = selected ? (unmatched ? .selectionDimmed : focused ? .selection : .selectionInactive)
                : unmatched ? .dim : (article.kind == .lead ? .lead : .item)
            let rowRect = Rect(x: list.x, y: list.y + row, width: list.width, height: 1)
            if selected { grid.fill(rowRect, role: role) }
            if selected && focused && line.isFirst { grid.put(glyphs.selected, x: rowRect.x, y: rowRect.y, clip: rowRect, role: role) }
            let textRect = rowRect.inset(left: 2, right: 1)
            grid.line(line.text, in: textRect, role: role)
            if let matches {
                let current = state.search.outcome?.current.map { state.search.outcome?.stops[$0] == ref } ?? false
                let shown = grid.truncate(line.text, to: textRect.width)
                var offset = -line.scalarStart
                for (l, headline) in article.headline.enumerated() {
                    for range in matches.headlineRanges(line: l) {
                        let from = max(0, range.lowerBound + offset), to = range.upperBound + offset
                        guard from < to else { continue }
                        grid.paint(scalars: from..<to, of: shown,
                                   x: textRect.x, y: textRect.y, width: textRect.width, role: current ? .matchCurrent : .match)
                    }
                    // The lines are joined with one ideographic space.
                    offset += headline.unicodeScalars.count + 1
                }
            }
        }
        if card.articles.count > layout.visibleItems, layout.box.width > 12 {
            let position = " \(pane.selection + 1)/\(card.articles.count) "
            let w = grid.width(of: position)
            grid.put(position, x: layout.box.maxX - w - 2, y: layout.box.maxY - 1, clip: layout.box, role: focused ? .borderFocused : .border)
        }
        FiguresStrip.draw(state, card: index, glyphs: glyphs, frame: focused ? .borderFocused : .border,
                          title: focused ? .titleFocused : .title, in: layout.figures, into: &grid)
    }
}
