import ScorecardsGrid

/// Where the tabs go when the dashboard shows one pane at a time: all of them when they fit;
/// otherwise as many as fit around the focused one, with a mark and a count on each side
/// that has more (`◂1`, `2▸`), so none is hidden without a sign. Shared by drawing and clicks.
struct TabStrip: Equatable {
    struct Item: Equatable {
        /// The scorecard the tab focuses.
        var scorecard: Int
        var label: String
        var columns: Range<Int>
        /// A mark for tabs that did not fit rather than a tab of its own.
        var isMore: Bool
    }

    var items: [Item]

    /// `labels` in scorecard order, laid out in `width` columns from column 1.
    init(labels: [String], focus: Int, width: Int, glyphs: GlyphSet, measure: (String) -> Int) {
        let widths = labels.map(measure)
        let count = labels.count
        func before(_ first: Int) -> String { "\(glyphs.moreBefore)\(first)" }
        func after(_ last: Int) -> String { "\(count - 1 - last)\(glyphs.moreAfter)" }
        // Columns for tabs first...last with the marks they need, one column between items.
        func needed(_ first: Int, _ last: Int) -> Int {
            var total = 1 + widths[first...last].reduce(0, +) + (last - first)
            if first > 0 { total += measure(before(first)) + 1 }
            if last < count - 1 { total += measure(after(last)) + 1 }
            return total
        }
        guard count > 0, labels.indices.contains(focus) else {
            items = []
            return
        }
        // The leftmost window that holds the focused tab, as wide as it can be: the tabs do
        // not move until the focus would leave them.
        var window = focus...focus
        search: for first in 0...focus {
            guard needed(first, focus) <= width else { continue }
            var last = focus
            while last + 1 < count, needed(first, last + 1) <= width { last += 1 }
            window = first...last
            break search
        }
        var x = 1
        var items: [Item] = []
        func add(_ scorecard: Int, _ label: String, more: Bool) {
            let w = measure(label)
            items.append(Item(scorecard: scorecard, label: label, columns: x..<(x + w), isMore: more))
            x += w + 1
        }
        if window.lowerBound > 0 { add(window.lowerBound - 1, before(window.lowerBound), more: true) }
        for i in window { add(i, labels[i], more: false) }
        if window.upperBound < count - 1 { add(window.upperBound + 1, after(window.upperBound), more: true) }
        self.items = items
    }
}
