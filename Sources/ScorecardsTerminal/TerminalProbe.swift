import CNcursesw
import CTerminalSupport
import Glibc

/// What the program can learn about the terminal without taking it over: for `doctor`.
public enum TerminalProbe {
    public struct TerminalInfo: Sendable {
        public var term: String?
        /// nil when TERM is unset; otherwise whether a terminfo entry exists.
        public var terminfoFound: Bool?
        public var colors: Int
        public var stdinIsTerminal: Bool
        public var stdoutIsTerminal: Bool
        public var size: (width: Int, height: Int)?
    }

    public static func terminal() -> TerminalInfo {
        let term = getenv("TERM").map { String(cString: $0) }
        var found: Bool?
        var colors = 0
        if let term, !term.isEmpty {
            var status: Int32 = 0
            // setupterm only reads the terminfo entry; fd -1 keeps it from touching the terminal.
            found = setupterm(term, -1, &status) == OK && status == 1
            if found == true { colors = Int(max(0, tigetnum("colors"))) }
        }
        var size: (Int, Int)?
        var ws = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { size = (Int(ws.ws_col), Int(ws.ws_row)) }
        return TerminalInfo(term: term, terminfoFound: found, colors: colors,
                            stdinIsTerminal: isatty(0) == 1, stdoutIsTerminal: isatty(1) == 1, size: size)
    }

    /// 1 or 2 from the terminal's own answer, nil when it did not answer or is not a terminal.
    public static func ambiguousWidth(timeoutMilliseconds: Int32 = 300) -> Int? {
        let answer = sct_probe_ambiguous_width(0, 1, timeoutMilliseconds)
        return answer == 0 ? nil : Int(answer)
    }

    /// glibc's wcwidth under the current locale, which is what ncursesw uses.
    public static func systemWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(sct_system_wcwidth(scalar.value))
    }
}
