import ScorecardsGrid

/// What the application needs from a terminal. The ncurses backend is one; the in-memory
/// double beside it is the other, for tests.
public protocol TerminalDevice: AnyObject {
    var size: Size { get }
    /// The next event, waiting at most `timeoutMilliseconds` (nil: until one comes); nil on
    /// timeout, or when another thread woke the wait (work beside the loop has news).
    func nextEvent(timeoutMilliseconds: Int?) -> Event?
    /// Makes the terminal show `grid`.
    func present(_ grid: Grid)
    /// Forgets what the terminal is believed to show, so the next present redraws it all.
    func invalidate()
    /// Stops the process as Ctrl-Z would, and restores the screen when it continues.
    func suspend()
    func bell()
    /// Asks the terminal to put `text` on the system clipboard (OSC 52).
    func copyToClipboard(_ text: String)
}
