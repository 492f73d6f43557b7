@testable import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// The reader lays an article out a paragraph at a time. Everything it works out that way
/// (the line an anchor falls in, the page, scrolling, the last page, the position) must be
/// what laying out the whole article gives: checked here against the whole article's lines,
/// for every article of the bundled issue at several sizes, from every line and from places
/// no line starts at.
@Suite struct ReaderLayoutTests {
    /// The article whole, and the answers a complete list of lines gives.
    struct Whole {
        var lines: [ReaderLayout.Line]
        var height: Int

        /// The last line starting at or before `anchor`.
        func index(of anchor: ReaderAnchor) -> Int {
            lines.lastIndex { $0.anchor <= anchor } ?? 0
        }
        var maxTop: Int { max(0, lines.count - height) }
        func top(_ anchor: ReaderAnchor) -> Int { min(index(of: anchor), maxTop) }
        func page(_ anchor: ReaderAnchor) -> [ReaderAnchor] {
            let top = top(anchor)
            return lines[top..<min(lines.count, top + height)].map(\.anchor)
        }
        func scrolled(_ delta: Int, _ anchor: ReaderAnchor) -> ReaderAnchor {
            lines[max(0, min(maxTop, top(anchor) + delta))].anchor
        }
    }

    static func whole(_ layout: ReaderLayout) -> [ReaderLayout.Line] {
        var layout = layout
        return (0..<layout.blockCount).flatMap { layout.lines(ofBlock: $0) }
    }

    /// The number of `place` among all the lines.
    static func index(of place: ReaderLayout.Place, in layout: ReaderLayout) -> Int {
        var layout = layout
        return (0..<place.block).reduce(0) { $0 + layout.lines(ofBlock: $1).count } + place.line
    }

    static let sizes = [Size(width: 40, height: 10), Size(width: 61, height: 20), Size(width: 80, height: 24),
                        Size(width: 250, height: 70)]

    @Test(arguments: sizes)
    func pagesAndScrollingAreThoseOfTheWholeArticle(_ size: Size) throws {
        let issue = try Fixtures.bundled()
        let state = AppState(issue: issue, size: size)
        for (c, card) in issue.scorecards.enumerated() {
            for a in card.articles.indices {
                let reader = ReaderState(scorecard: c, article: a)
                var document = ReaderLayout(ReaderLayout.Source(reader, state))
                let whole = Whole(lines: Self.whole(document), height: document.viewport.height)
                let article = card.articles[a]
                // Anchors of every line, and places between and beyond them.
                var anchors = whole.lines.map(\.anchor)
                anchors += [.heading(row: 99), .text(ArticlePosition(.headline(line: 0))),
                            .text(ArticlePosition(.paragraph(article.paragraphs.count + 3), offset: 5))]
                anchors += article.paragraphs.indices.map { .text(ArticlePosition(.paragraph($0), offset: 17)) }
                for anchor in anchors {
                    let place = document.place(of: anchor)
                    #expect(Self.index(of: place, in: document) == whole.index(of: anchor), "\(anchor)")
                    #expect(document.page(for: anchor).map { document.line(at: $0).anchor } == whole.page(anchor), "\(anchor)")
                    for delta in [-100, -whole.height, -3, -1, 0, 1, 2, whole.height / 2, whole.height - 1, 100] {
                        #expect(document.anchor(scrolledBy: delta, from: anchor) == whole.scrolled(delta, anchor),
                                "\(c)/\(a) \(size) \(anchor) \(delta)")
                    }
                }
                #expect(document.bottomAnchor == whole.lines[whole.maxTop].anchor)
                // The measure counts the same lines, and places number as in the whole.
                let geometry = ReaderLayout.geometry(width: size.width, settings: state.settings)
                let measure = try #require(ArticleMeasure.make(article, key: MeasureKey(issue, article, geometry)))
                #expect(document.lineCount(measure: measure) == whole.lines.count)
                for anchor in whole.lines.map(\.anchor) {
                    #expect(document.index(of: document.place(of: anchor), measure: measure) == whole.index(of: anchor))
                }
            }
        }
    }
}
