import Glibc

/// A program running on a pseudo-terminal of its own: keys are written to it, its output
/// is read for what it draws, and its end is timed.
final class PtyProgram {
    let pid: pid_t
    private let master: Int32
    /// Output not yet matched by `waitFor`.
    private var unread: [UInt8] = []
    private var ended = false
    /// Whether the device-attributes request has been answered.
    private var answeredAttributes = false
    private static let attributesAsked = Array("\u{1B}[c".utf8)

    init?(_ arguments: [String], width: Int, height: Int, environment: [String: String]) {
        guard let (pid, master) = Processes.startOnPty(arguments, width: width, height: height, environment: environment) else {
            return nil
        }
        self.pid = pid
        self.master = master
    }

    /// Writes `keys` as the terminal would send them.
    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads output until it contains `marker` (counting from what the last wait left
    /// unmatched), at most `milliseconds`; whether it came. With `redrawEvery`, sends
    /// Ctrl-L (redraw the screen) at that interval meanwhile: a curses program rewrites only
    /// the cells that change, so text that changes bit by bit on screen (a count going
    /// to `1000/1000`) may never reach the output whole until the screen is drawn anew.
    func waitFor(_ marker: String, milliseconds: Double, redrawEvery: Double? = nil) -> Bool {
        let needle = Array(marker.utf8)
        let start = Stopwatch.now()
        var lastRedraw = start
        var searched = 0
        while Stopwatch.now() - start < milliseconds {
            let from = max(0, searched - needle.count + 1)
            if let found = Self.find(needle, in: unread[from...]) {
                unread.removeFirst(found + needle.count)
                return true
            }
            searched = unread.count
            if let redrawEvery, Stopwatch.now() - lastRedraw >= redrawEvery {
                send("\u{0C}")
                lastRedraw = Stopwatch.now()
            }
            guard read(timeout: redrawEvery.map { Int32(max(1, $0)) } ?? 100) else { continue }
        }
        return false
    }

    /// Milliseconds until the program ends, reading its output meanwhile so it never blocks
    /// writing; nil when it is still running after `milliseconds`.
    func timeToExit(milliseconds: Double) -> Double? {
        let start = Stopwatch.now()
        while Stopwatch.now() - start < milliseconds {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                ended = true
                return Stopwatch.now() - start
            }
            _ = read(timeout: 5)
        }
        return nil
    }

    /// Ends the program with SIGTERM unless it has ended, and closes the terminal.
    func end() {
        if !ended {
            kill(pid, SIGTERM)
            _ = timeToExit(milliseconds: 10_000)
        }
        close(master)
    }

    private func read(timeout: Int32) -> Bool {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        guard n > 0 else { return false }
        unread += buffer[0..<n]
        // Answer the device-attributes request as every terminal does: the dashboard asks
        // for the background colour (OSC 11) and stops waiting at this answer.
        if !answeredAttributes, Self.find(Self.attributesAsked, in: unread[...]) != nil {
            answeredAttributes = true
            let reply = Array("\u{1B}[?62;22c".utf8)
            _ = reply.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }
        return true
    }

    /// The offset in the whole buffer of `needle`'s first occurrence in `haystack`.
    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for i in haystack.startIndex...(haystack.endIndex - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}
