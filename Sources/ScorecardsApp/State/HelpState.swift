/// Help over the view it was opened from: that view's keys first in sight.
public struct HelpState: Equatable, Sendable {
    /// The keys of the view help was opened from.
    public var context: KeyContext
    /// The first line of help shown.
    public var scroll = 0

    public init(context: KeyContext, scroll: Int = 0) {
        self.context = context
        self.scroll = scroll
    }
}
