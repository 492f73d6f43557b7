/// Why the dashboard cannot run on this terminal.
public enum TerminalError: Error, Equatable {
    /// TERM is unset or `dumb`: the caller prints the plain report instead.
    case noTerminalType(String?)
    /// No terminfo entry for TERM.
    case unknownTerminal(String)
    /// Standard input or output is not a terminal.
    case notATerminal

    public var message: String {
        switch self {
        case .noTerminalType(nil): "TERM is not set, so the dashboard cannot be drawn"
        case .noTerminalType(let term?): "TERM=\(term) cannot draw the dashboard"
        case .unknownTerminal(let term): "unknown terminal type '\(term)' (no terminfo entry); try TERM=xterm-256color"
        case .notATerminal: "no terminal to read keys from (standard input is not one, and /dev/tty cannot be opened)"
        }
    }
}
