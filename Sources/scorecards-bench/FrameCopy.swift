import Glibc
import ScorecardsApp
import ScorecardsGrid
import ScorecardsTerminal

/// Renders and copies frames to ncurses on a pseudo-terminal, with a thread draining the
/// terminal's side so writes never block: the whole cost of a frame.
enum FrameCopy {
    static func measure(state: AppState, runs: Int) -> Sample? {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(state.size.height), ws_col: UInt16(state.size.width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0,
              let input = fdopen(slave, "r"), let output = fdopen(dup(slave), "w") else { return nil }
        let drain = Drain(fd: master)
        drain.start()
        defer { drain.stop(); close(master) }
        setenv("TERM", "xterm-256color", 1)
        guard let terminal = try? NcursesTerminal(
            options: .init(theme: .dark, noColor: false, mouse: false, ambiguousWide: false),
            input: input, output: output) else { return nil }
        defer { terminal.close() }
        // Alternate two selections so every frame changes the screen, as moving does.
        var states = [state, state]
        _ = Update.apply(.key(.down), to: &states[1])
        var i = 0
        return Stopwatch.measure(runs: runs, warmup: 5) {
            terminal.present(Render.screen(states[i % 2]))
            i += 1
        }
    }
}

/// Reads and discards what the program writes to the pseudo-terminal.
final class Drain: @unchecked Sendable {
    private let fd: Int32
    private var thread = pthread_t()
    private var running = true

    init(fd: Int32) { self.fd = fd }

    func start() {
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            let drain = Unmanaged<Drain>.fromOpaque(raw).takeRetainedValue()
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            var poller = pollfd(fd: drain.fd, events: Int16(POLLIN), revents: 0)
            while drain.running {
                if poll(&poller, 1, 50) > 0 {
                    let n = buffer.withUnsafeMutableBytes { read(drain.fd, $0.baseAddress, $0.count) }
                    if n <= 0 { break }
                }
            }
            return nil
        }, context)
    }

    func stop() {
        running = false
        pthread_join(thread, nil)
    }
}
