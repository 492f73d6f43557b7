import ScorecardsGrid

/// The list of open issues as an overlay: its frame and the rows inside it, shared by
/// drawing, paging and clicks.
struct IssueListLayout: Equatable {
    var frame: Rect
    /// One issue a row.
    var list: Rect

    init(size: Size, count: Int) {
        let width = min(size.width - 4, 72), height = min(size.height - 2, count + 2)
        frame = Rect(x: (size.width - width) / 2, y: 1, width: width, height: max(3, height))
        list = frame.inset(left: 1, top: 1, right: 1, bottom: 1)
    }

    /// Whether the frame can be drawn at all.
    var isShown: Bool { frame.width >= 12 && frame.height >= 3 }

    /// The list row (from the first shown) under a click.
    func row(atX x: Int, y: Int) -> Int? {
        list.contains(x: x, y: y) ? y - list.y : nil
    }
}
