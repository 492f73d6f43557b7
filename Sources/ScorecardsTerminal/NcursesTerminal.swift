import CNcursesw
import CTerminalSupport
import Glibc
import ScorecardsApp
import ScorecardsGrid

/// The real terminal, through ncursesw. The only code in the program that touches curses.
public final class NcursesTerminal: TerminalDevice {
    public struct Options: Sendable {
        public var theme: Theme
        public var noColor: Bool
        public var mouse: Bool
        /// Whether the terminal draws East Asian Ambiguous characters two columns wide.
        public var ambiguousWide: Bool
        /// Bytes typed before curses started (read while the terminal was being asked
        /// something), handed back to it to be read first.
        public var typedAhead: [UInt8] = []

        public init(theme: Theme, noColor: Bool, mouse: Bool, ambiguousWide: Bool) {
            self.theme = theme
            self.noColor = noColor
            self.mouse = mouse
            self.ambiguousWide = ambiguousWide
        }
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var palette: StylePalette
    private var shown: Grid?
    private var pending: [Event] = []
    private var closed = false
    private var lastPress: (time: Int, x: Int32, y: Int32)?
    private var buttonDown = false

    static func milliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
    }
    public private(set) var colorDepth: ColorDepth

    /// The keyboard: standard input, or the controlling terminal when standard input is a
    /// pipe (`… | scorecards issue.txt`), as less and fzf do.
    private let input: UnsafeMutablePointer<FILE>
    public let inputDescriptor: Int32

    private let output: UnsafeMutablePointer<FILE>
    /// Signals, resizes and other threads write to this pipe to wake the loop (-1: none).
    private var wakeDescriptor: Int32 = -1

    /// The signal the loop was told of, or SIGHUP for a terminal that went away.
    private var noted: Int32?

    /// Why the session ended when it was not asked to: the signal (SIGINT, SIGTERM, SIGHUP)
    /// the process must end by once the reading state is saved and the terminal restored,
    /// also one that came after the loop had ended. A terminal that went away counts as
    /// SIGHUP, the signal that announces it.
    public var endingSignal: Int32? {
        if let noted { return noted }
        let pending = sct_pending_signal()
        return pending == 0 ? nil : pending
    }

    /// Ends the process by `signal` as the shell expects (status 128 + signal), with the
    /// signal's default disposition. Called after `close()` and after saving.
    public static func end(bySignal signal: Int32) -> Never {
        sct_end_by_signal(signal)
    }

    public convenience init(options: Options) throws(TerminalError) {
        guard isatty(1) == 1 else { throw .notATerminal }
        let input: UnsafeMutablePointer<FILE>
        if isatty(0) == 1 {
            input = sc_stdin()
        } else if let tty = fopen("/dev/tty", "r") {
            input = tty
        } else {
            throw .notATerminal
        }
        try self.init(options: options, input: input, output: sc_stdout())
    }

    /// On a terminal other than the process's own (the benchmarks drive one on a pty).
    public init(options: Options, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>) throws(TerminalError) {
        let term = getenv("TERM").map { String(cString: $0) }
        guard let term, !TerminalCheck.namesNoType(term) else { throw .noTerminalType(term) }
        self.input = input
        self.output = output
        inputDescriptor = fileno(input)
        sct_save_terminal(inputDescriptor)
        sct_set_output_fd(fileno(output))
        // Ours must be in place before newterm, or ncurses installs its own for SIGINT/SIGTERM.
        sct_install_signal_handlers()
        TerminalWidths.install(ambiguousWide: options.ambiguousWide)
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting.
        guard let screen = newterm(nil, output, input) else { throw .unknownTerminal(term) }
        self.screen = screen
        _ = set_term(screen)
        guard let window = sc_stdscr() else { throw .unknownTerminal(term) }
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        // ungetch puts a byte at the front of the queue: the last pushed is read first.
        for byte in options.typedAhead.reversed() { _ = ungetch(Int32(byte)) }
        _ = curs_set(0)
        // A bare Esc otherwise waits about a second for a sequence that never comes.
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        var defaultColors = false
        if !options.noColor, has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        colorDepth = ColorDepth.from(colors: Int(has_colors() ? sc_colors() : 0), noColor: options.noColor)
        palette = StylePalette(theme: options.theme, depth: colorDepth, defaultColors: defaultColors)
        // After newterm, which installs ncurses' own SIGWINCH handler: ours chains to it.
        sct_install_resize_wakeup()
        wakeDescriptor = sct_wake_descriptor()
        if options.mouse {
            // Presses and wheel only: motion reports would flood the input for nothing.
            _ = mousemask(sc_all_mouse_events(), nil)
            // Clicks are told apart here, so a press acts at once instead of waiting
            // ncurses' click interval out.
            mouseinterval(0)
        }
        sct_set_reset_sequence(Self.resetSequence(mouse: options.mouse), Int32(Self.resetSequence(mouse: options.mouse).utf8.count))
    }

    /// What puts the terminal back if the process dies by a signal: leave the alternate
    /// screen, show the cursor, plain attributes, mouse reporting off.
    static func resetSequence(mouse: Bool) -> String {
        var bytes = ""
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let s = sc_tigetstr(capability) { bytes += String(cString: s) }
        }
        if mouse { bytes += "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l" }
        return bytes + "\r\n"
    }

    public var size: Size {
        Size(width: Int(sc_getmaxx(window)), height: Int(sc_getmaxy(window)))
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> Event? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard var event = read(timeout: timeoutMilliseconds) else { return nil }
        // A storm of resizes draws once: take every resize already waiting.
        while case .resize = event, let next = read(timeout: 0) {
            if case .resize = next { event = next } else { pending.append(next); break }
        }
        return event
    }

    /// Lets the loop listen for SIGINT, SIGTERM and SIGHUP as events, from now until the
    /// process ends.
    public func listenForSignals() {
        sct_listen_for_signals(1)
    }

    /// Wakes `nextEvent` from another thread (work that posted events for the loop).
    public static func wake() {
        sct_wake()
    }

    /// Keys ncurses already holds are taken first (a paste arrives in one read); otherwise
    /// the loop waits on the keyboard and the wake-up pipe together, so a signal, a resize or
    /// another thread's news ends the wait at once (news with no event: nil, as on timeout).
    private func read(timeout: Int?) -> Event? {
        let deadline = timeout.map { Self.milliseconds() + $0 }
        while true {
            if let signal = takeSignal() { return .signalled(signal) }
            wtimeout(window, 0)
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == OK {
                if let key = KeyDecoder.character(UInt32(code)) { return .key(key) }
                continue
            }
            if status == sc_key_code_yes() {
                let key = Int32(code)
                if key == KEY_RESIZE { return .resize(size) }
                if key == KEY_MOUSE {
                    if let mouse = mouseEvent() { return mouse }
                    continue
                }
                if let decoded = KeyDecoder.function(key) { return .key(decoded) }
                continue
            }
            if hungUp() {
                if noted == nil { noted = SIGHUP }
                return .terminalClosed
            }
            let wait = deadline.map { max(0, $0 - Self.milliseconds()) }
            if wait == 0 { return nil }
            var descriptors = [pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, wakeDescriptor >= 0 ? 2 : 1, Int32(clamping: wait ?? -1))
            if ready == 0 { return nil }
            // Woken: a signal or a resize is read on the next turn; anything else is news
            // from another thread, which the loop takes at once, so return to it.
            if ready > 0, wakeDescriptor >= 0, descriptors[1].revents != 0 {
                sct_drain_wakeups()
                if let signal = takeSignal() { return .signalled(signal) }
                return nil
            }
        }
    }

    /// An ending signal the loop has not yet been told of.
    private func takeSignal() -> Int32? {
        let signal = sct_pending_signal()
        guard signal != 0, noted == nil else { return nil }
        noted = signal
        return signal
    }

    /// The terminal went away (the window closed, ssh dropped): reads fail at once
    /// instead of waiting, and without this the loop would spin.
    private func hungUp() -> Bool {
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func mouseEvent() -> Event? {
        var raw = MEVENT()
        guard getmouse(&raw) == OK else { return nil }
        let state = raw.bstate
        let button: MouseButton
        var double = false
        if state & sc_button4_pressed() != 0 { button = .wheelUp }
        else if state & sc_button5_pressed() != 0 { button = .wheelDown }
        else if state & sc_button1_released() != 0 && state & sc_button1_pressed() == 0 {
            // A press and its release read together can come through as the release
            // alone; then the release is the click. After a press it is nothing.
            defer { buttonDown = false }
            guard !buttonDown else { return nil }
            button = .left
            double = isDoubleClick(raw)
        }
        else if state & sc_button1_double_clicked() != 0 {
            // Two clicks read at once arrive already paired by ncurses.
            button = .left
            double = true
            lastPress = nil
        }
        else if state & (sc_button1_pressed() | sc_button1_clicked()) != 0 {
            buttonDown = state & sc_button1_pressed() != 0
            button = .left
            double = isDoubleClick(raw)
        }
        else if state & (sc_button3_pressed() | sc_button3_clicked()) != 0 { button = .right }
        else { return nil }
        return .mouse(MouseEvent(x: Int(raw.x), y: Int(raw.y), button: button, doubleClick: double))
    }

    /// A second press on the same cell within 400 ms.
    private func isDoubleClick(_ raw: MEVENT) -> Bool {
        let now = Self.milliseconds()
        if let last = lastPress, last.x == raw.x, last.y == raw.y, now - last.time < 400 {
            lastPress = nil
            return true
        }
        lastPress = (now, raw.x, raw.y)
        return false
    }

    public func present(_ grid: Grid) {
        let previous = shown.flatMap { $0.size == grid.size ? $0 : nil }
        if previous == nil { werase(window) }
        var text = [wchar_t](repeating: 0, count: 6)
        for y in 0..<grid.height {
            if let previous, rowEqual(previous, grid, y) { continue }
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                var count = 0
                for scalar in cell.text.unicodeScalars where count < 5 {
                    text[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                if count == 0 { text[0] = 0x20; count = 1 }
                text[count] = 0
                let style = palette[cell.role]
                // The bottom-right cell reports ERR although it is drawn.
                _ = sc_put_cell(window, Int32(y), Int32(x), text, style.attrs, style.pair)
            }
        }
        wnoutrefresh(window)
        doupdate()
        shown = grid
    }

    private func rowEqual(_ a: Grid, _ b: Grid, _ y: Int) -> Bool {
        let start = y * a.width
        return a.cells[start..<start + a.width] == b.cells[start..<start + b.width]
    }

    public func invalidate() {
        shown = nil
        clearok(window, true)
    }

    public func suspend() {
        // Ignored SIGTSTP means no job control to resume us: stopping would hang.
        if sct_signal_ignored(SIGTSTP) != 0 {
            beep()
            return
        }
        endwin()
        raise(SIGTSTP)
        // Continued: ncurses restores its modes on the next refresh.
        reset_prog_mode()
        invalidate()
    }

    public func bell() { beep() }

    public func copyToClipboard(_ text: String) {
        // Straight to the terminal, after curses has flushed what it had.
        fflush(output)
        let fd = fileno(output)
        var bytes = Array(Clipboard.sequence(for: text).utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { if errno == EINTR { continue }; break }
            offset += n
        }
    }

    /// Leaves curses and restores the terminal. Safe to call more than once.
    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
        delscreen(screen)
        sct_restore_terminal()
    }

    deinit { close() }
}
