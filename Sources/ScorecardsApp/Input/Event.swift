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
    /// A signal (SIGINT, SIGTERM, SIGHUP) asked the program to end: leave as if asked to
    /// quit, so the reading state is saved; the runtime then ends by that signal.
    case signalled(Int32)
    /// Issues are being read beside the loop: how far it has got.
    case loadProgress(LoadProgress)
    /// Every issue, once loaded after the first frame (oldest first), and each file found in
    /// a directory that was skipped because it is not an issue.
    case issuesLoaded([IssueDocument], skipped: [SkippedFile])
    /// Loading stopped on an error: leave as if asked to quit; the runtime reports it.
    case loadFailed(LoadFailure)
    /// A job asked for by `Effect.start` is done.
    case worked(WorkResult)
    /// A job under way reports how far it has got.
    case working(WorkProgress)
}
