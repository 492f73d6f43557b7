import ScorecardsGrid

/// The rows every full-screen view shares: the header on top, the bottom row (which belongs
/// to the view on top: its prompt, or the status bar with its keys), and the body between.
/// Each screen's layout splits its body from here, and drawing and input take the bottom
/// row from here, so the screens agree on where their rows are.
struct ScreenRows: Equatable, Sendable {
    var header: Rect
    var body: Rect
    var bottom: Rect

    init(_ size: Size) {
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (header, rest) = full.splitTop(1)
        (body, bottom) = rest.splitBottom(1)
        self.header = header
    }
}
