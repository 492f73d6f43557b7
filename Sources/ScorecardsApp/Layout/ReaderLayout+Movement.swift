import ScorecardsCore

/// Places, pages and scrolling: each lays out only the paragraphs it passes through, and
/// keeps them in the layout it is called on.
extension ReaderLayout {
    var start: Place { Place(block: 0, line: 0) }

    var end: Place {
        mutating get {
            let last = blockCount - 1
            return Place(block: last, line: lines(ofBlock: last).count - 1)
        }
    }

    /// The line the anchor falls in: the last line starting at or before it.
    mutating func place(of anchor: ReaderAnchor) -> Place {
        switch anchor {
        case .heading(let row):
            return Place(block: 0, line: max(0, min(row, headingRows - 1)))
        case .text(let position):
            guard case .paragraph(let p) = position.part else {
                // A place in the headline: the headline is drawn in the heading.
                return Place(block: 0, line: headingRows - 1)
            }
            if p < 0 { return Place(block: 0, line: headingRows - 1) }
            if p >= paragraphCount { return end }
            let lines = lines(ofBlock: p + 1)
            let line = lines.lastIndex { $0.start <= position.offset } ?? 0
            return Place(block: p + 1, line: line)
        }
    }

    /// `place` moved `delta` lines on (back when negative), stopping at the first and the
    /// last line. Wraps only the paragraphs it passes through.
    mutating func advance(_ place: Place, by delta: Int) -> Place {
        var place = place
        var left = abs(delta)
        if delta > 0 {
            while left > 0 {
                let count = lines(ofBlock: place.block).count
                let room = count - 1 - place.line
                if left <= room { place.line += left; break }
                guard place.block + 1 < blockCount else { place.line = count - 1; break }
                left -= room + 1
                place = Place(block: place.block + 1, line: 0)
            }
        } else {
            while left > 0 {
                if left <= place.line { place.line -= left; break }
                guard place.block > 0 else { place.line = 0; break }
                left -= place.line + 1
                place = Place(block: place.block - 1, line: lines(ofBlock: place.block - 1).count - 1)
            }
        }
        return place
    }

    /// The lines from `place` to the end, at most `limit` of them.
    mutating func places(from place: Place, limit: Int) -> [Place] {
        var result: [Place] = []
        var place = place
        while result.count < limit {
            let count = lines(ofBlock: place.block).count
            while place.line < count, result.count < limit {
                result.append(place)
                place.line += 1
            }
            guard place.block + 1 < blockCount else { break }
            place = Place(block: place.block + 1, line: 0)
        }
        return result
    }

    // MARK: Pages

    /// The first line of the last page: the page that ends with the article's last line.
    var maxTop: Place {
        mutating get { advance(end, by: -(max(1, viewport.height) - 1)) }
    }

    /// The first line shown for `anchor`. The anchor itself is left alone when the window
    /// grows past the end of the text, so shrinking it again returns to the same place.
    mutating func topLine(for anchor: ReaderAnchor) -> Place {
        min(place(of: anchor), maxTop)
    }

    /// The lines on the page that starts at `anchor`.
    mutating func page(for anchor: ReaderAnchor) -> [Place] {
        places(from: topLine(for: anchor), limit: max(0, viewport.height))
    }

    /// The anchor `delta` lines on from what is shown now, kept within the scrollable range.
    mutating func anchor(scrolledBy delta: Int, from anchor: ReaderAnchor) -> ReaderAnchor {
        let top = topLine(for: anchor)
        let target = delta > 0 ? min(advance(top, by: delta), maxTop) : advance(top, by: delta)
        return line(at: target).anchor
    }

    /// The anchor of the last page.
    var bottomAnchor: ReaderAnchor {
        mutating get { line(at: maxTop).anchor }
    }

    /// A scroll position with `position` `above` lines below the top of the page.
    mutating func anchor(showing position: ArticlePosition, above: Int) -> ReaderAnchor {
        line(at: advance(place(of: .text(position)), by: -above)).anchor
    }
}
