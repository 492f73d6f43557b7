import Foundation
import Glibc
import ScorecardsTerminal
import Testing

/// Work beside the event loop wakes it: a wait for the terminal ends as soon as another
/// thread has news (a search done, an article measured, issues loaded), not when the wait
/// times out. On a pseudo-terminal of the test's own.
@Suite(.serialized) struct WakeTests {
    @Test func anotherThreadEndsTheWaitAtOnce() throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        try #require(openpty(&master, &slave, nil, nil, &size) == 0)
        defer { close(master) }
        let input = try #require(fdopen(slave, "r")), output = try #require(fdopen(dup(slave), "w"))
        // The program's output is read and thrown away, so that ncurses never blocks.
        let drain = Thread { [master] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            while poll(&poller, 1, 2000) > 0, buffer.withUnsafeMutableBytes({ read(master, $0.baseAddress, $0.count) }) > 0 {}
        }
        drain.start()
        setenv("TERM", "xterm-256color", 1)
        let terminal = try NcursesTerminal(options: .init(theme: .dark, noColor: true, mouse: false, ambiguousWide: false),
                                           input: input, output: output)
        defer { terminal.close() }
        let waker = Thread {
            usleep(100_000)
            NcursesTerminal.wake()
        }
        let clock = ContinuousClock()
        let start = clock.now
        waker.start()
        let event = terminal.nextEvent(timeoutMilliseconds: 5000)
        let waited = clock.now - start
        #expect(event == nil)
        #expect(waited < .seconds(1), "the wait ended after \(waited)")
        #expect(waited >= .milliseconds(90))
    }
}
