/// Help over the view it was opened from, which stays below it.
public struct HelpState: Equatable, Sendable {
    /// The first line of help shown; help opens at the keys of the view below it.
    public var scroll = 0

    public init(scroll: Int = 0) {
        self.scroll = scroll
    }
}
