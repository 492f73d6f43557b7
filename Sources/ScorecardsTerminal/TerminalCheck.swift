import CNcursesw
import Glibc

/// Whether the dashboard can be drawn here, found without writing to the terminal: output
/// and keyboard are terminals, TERM names a type other than `dumb`, and terminfo knows it.
/// The one rule for both the terminal itself and what runs before it: the ambiguous-width
/// probe, which writes a query and waits for the answer, runs only where this passes.
public enum TerminalCheck {
    /// nil when the dashboard can be drawn; otherwise why not.
    public static func problem() -> TerminalError? {
        guard isatty(1) == 1 else { return .notATerminal }
        if let problem = termProblem(getenv("TERM").map { String(cString: $0) }) { return problem }
        guard isatty(0) == 1 || access("/dev/tty", R_OK | W_OK) == 0 else { return .notATerminal }
        return nil
    }

    /// TERM unset, empty or `dumb`: no type to draw with, so the report is printed instead.
    public static func namesNoType(_ term: String?) -> Bool {
        term == nil || term == "" || term == "dumb"
    }

    /// TERM names no type, or one without a terminfo entry.
    public static func termProblem(_ term: String?) -> TerminalError? {
        guard let term, !namesNoType(term) else { return .noTerminalType(term) }
        var status: Int32 = 0
        // setupterm only reads the entry; fd -1 keeps it off the terminal. The entry it loads is
        // freed at once: ncurses loads its own when the screen starts.
        let found = setupterm(term, -1, &status) == OK && status == 1
        if let loaded = set_curterm(nil) { del_curterm(loaded) }
        return found ? nil : .unknownTerminal(term)
    }
}
