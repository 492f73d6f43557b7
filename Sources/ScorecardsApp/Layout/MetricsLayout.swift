import ScorecardsGrid

/// Where the figures table's parts go at a given size: the title row, the column titles,
/// the rows of figures and the selected figure's details (the bottom row is the screen's,
/// `ScreenRows`). Drawing, paging and mouse clicks all use this one value.
struct MetricsLayout: Equatable {
    var header: Rect
    var titles: Rect
    /// One figure a row.
    var table: Rect
    var detail: Rect

    static let detailHeight = 5

    init(size: Size) {
        let rows = ScreenRows(size)
        header = rows.header
        let (titles, rest) = rows.body.splitTop(1)
        self.titles = titles
        table = Rect(x: rest.x, y: rest.y, width: rest.width, height: max(1, rest.height - Self.detailHeight))
        detail = Rect(x: rest.x, y: table.maxY, width: rest.width, height: Self.detailHeight)
    }

    /// The table row under screen row `y`, counted from the first row shown.
    func row(atY y: Int) -> Int? {
        table.contains(x: table.x, y: y) ? y - table.y : nil
    }
}
