import ScorecardsCore
import ScorecardsGrid

/// An article, full screen.
enum ReaderView {
    static func draw(_ state: AppState, _ reader: ReaderState, into grid: inout Grid) {
        let document = ReaderDocument.build(state: state, reader: reader)
        let card = state.issue.scorecards[reader.scorecard]
        let header = Rect(x: 0, y: 0, width: state.size.width, height: 1)
        let position = state.settings.text(.position(reader.article + 1, card.articles.count))
        HeaderView.draw(state, in: header, into: &grid, trailing: "\(card.title) \(position)")
        let top = document.topLine(for: reader.anchor)
        let viewport = document.viewport
        for row in 0..<viewport.height {
            let i = top + row
            guard document.lines.indices.contains(i) else { break }
            let line = document.lines[i]
            grid.put(line.text, x: line.x, y: viewport.y + row, clip: viewport, role: line.role)
            for mark in reader.marks {
                guard let columns = document.columns(of: mark, onLine: i, ambiguous: grid.ambiguous) else { continue }
                grid.paint(Rect(x: line.x + columns.lowerBound, y: viewport.y + row, width: columns.count, height: 1),
                           role: mark.current ? .matchCurrent : .match)
            }
        }
        let total = document.lines.count
        let last = min(total, top + viewport.height)
        let percent = total <= viewport.height ? 100 : (last * 100) / max(1, total)
        let status = Rect(x: 0, y: state.size.height - 1, width: state.size.width, height: 1)
        if state.search.prompting {
            SearchPrompt.draw(state, in: status, into: &grid)
            return
        }
        var trailing = "\(last)/\(total) \(percent)%"
        if let current = reader.marks.firstIndex(where: \.current) {
            trailing = state.settings.text(.matchPosition(current + 1, reader.marks.count)) + "  " + trailing
        }
        StatusBar.draw(state, in: status, into: &grid, trailing: trailing)
    }
}
