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
    /// Start `Job` beside the loop (superseding the job of its kind under way); its result
    /// comes back as `Event.worked`.
    case start(Job)
    /// The job of this kind under way is no longer wanted.
    case cancel(JobSlot)
}
