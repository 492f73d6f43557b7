import ScorecardsGrid

/// Where the figures table's parts go at a given size: the title row, the column titles,
/// the rows of figures, the selected figure's details and the status row. Drawing, paging
/// and mouse clicks all use this one value.
struct MetricsLayout: Equatable {
    var header: Rect
    var titles: Rect
    /// One figure a row.
    var table: Rect
    var detail: Rect
    var status: Rect

    static let detailHeight = 5

    init(size: Size) {
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        (header, _) = full.splitTop(1)
        titles = Rect(x: 0, y: 1, width: size.width, height: 1)
        table = Rect(x: 0, y: 2, width: size.width, height: max(1, size.height - 3 - Self.detailHeight))
        detail = Rect(x: 0, y: table.maxY, width: size.width, height: Self.detailHeight)
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
    }

    /// The table row under screen row `y`, counted from the first row shown.
    func row(atY y: Int) -> Int? {
        table.contains(x: table.x, y: y) ? y - table.y : nil
    }
}
