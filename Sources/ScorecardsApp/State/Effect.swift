/// What an update asks of the outside world; the runner carries it out.
public enum Effect: Equatable, Sendable {
    case quit
    /// Forget what the terminal shows and draw everything again (Ctrl-L).
    case redrawAll
    case bell
    /// Ctrl-Z: hand the terminal back to the shell until `fg`.
    case suspend
    /// Put text on the clipboard through the terminal (OSC 52).
    case copy(String)
}
