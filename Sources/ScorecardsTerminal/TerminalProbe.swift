import CNcursesw
import CTerminalSupport
import Glibc
import ScorecardsGrid

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

    /// The terminal's background colour, asked with OSC 11 as Vim and others do (nil when it
    /// does not say), and the keys typed while waiting for the answer, which are the
    /// program's. The question is followed by a request for the device attributes (DA1),
    /// which every terminal answers: once that answer is in, a terminal that knows OSC 11 has
    /// already replied, so one that does not costs no wait. `timeoutMilliseconds` bounds the
    /// whole exchange for terminals that answer neither.
    public struct BackgroundAnswer: Sendable {
        /// The background colour, when the terminal said.
        public var color: RGB?
        /// Whether the device attributes came back, ending the wait before the time-out.
        public var answered: Bool
        /// Bytes typed meanwhile, the answers taken out.
        public var typedAhead: [UInt8]

        public static let none = BackgroundAnswer(color: nil, answered: false, typedAhead: [])
    }

    public static func backgroundColor(input: Int32, output: Int32, timeoutMilliseconds: Int = 200) -> BackgroundAnswer {
        var before = termios()
        guard isatty(input) == 1, isatty(output) == 1, tcgetattr(input, &before) == 0 else { return .none }
        var raw = before
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return .none }
        defer { tcsetattr(input, TCSANOW, &before) }
        let ask = Array("\u{1B}]11;?\u{07}\u{1B}[c".utf8)
        guard ask.withUnsafeBytes({ write(output, $0.baseAddress, $0.count) }) == ask.count else { return .none }
        var reply: [UInt8] = []
        let deadline = milliseconds() + timeoutMilliseconds
        var buffer = [UInt8](repeating: 0, count: 256)
        while reply.count < 4096, !BackgroundReply.hasDeviceAttributes(reply) {
            let left = deadline - milliseconds()
            guard left > 0 else { break }
            var waitFor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waitFor, 1, Int32(left))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { break }
            let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR || errno == EAGAIN { continue }
            guard n > 0 else { break }
            reply += buffer[0..<n]
        }
        return BackgroundAnswer(color: BackgroundReply.color(in: reply), answered: BackgroundReply.hasDeviceAttributes(reply),
                                typedAhead: BackgroundReply.keysTypedMeanwhile(in: reply))
    }

    private static func milliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
    }

    /// glibc's wcwidth under the current locale, which is what ncursesw uses.
    public static func systemWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(sct_system_wcwidth(scalar.value))
    }
}
