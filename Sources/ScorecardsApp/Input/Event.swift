import ScorecardsCore
import ScorecardsGrid

public enum MouseButton: Sendable, Equatable { case left, middle, right, wheelUp, wheelDown }

public struct MouseEvent: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var button: MouseButton
    public var doubleClick: Bool

    public init(x: Int, y: Int, button: MouseButton, doubleClick: Bool = false) {
        self.x = x
        self.y = y
        self.button = button
        self.doubleClick = doubleClick
    }
}

/// Everything that can happen to the application. State changes only in response to one.
public enum Event: Sendable, Equatable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
    /// Time passing; lets transient messages expire.
    case tick
    /// The terminal is gone: leave as if asked to quit, so the reading state is saved.
    case terminalClosed
    /// Every issue, once loaded after the first frame (oldest first), and the names of the
    /// files skipped as not issues.
    case issuesLoaded([IssueDocument], skipped: [String])
}
