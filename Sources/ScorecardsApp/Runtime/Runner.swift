/// The event loop: draw, wait for an event, update, carry out the effects, draw again.
/// Nothing in it takes long: work that may (a search over a huge text, measuring a long
/// article) is handed to the `Worker` and comes back as an event, so every key is answered
/// with a new frame at once, Ctrl-C and `q` included.
public enum Runner {
    /// How long, in milliseconds, the loop waits for work it has just handed over before
    /// drawing: work done by then is drawn with the key that asked for it, instead of a busy
    /// mark that would flicker for a moment; anything longer shows the mark.
    public static let grace = 30

    /// `observe` sees every event before the update: the executable learns from it what the
    /// session's loading reported, and uses it for its crash-handling test switch.
    /// `background` hands over events from work running beside the loop (issues still being
    /// loaded, the worker's results); every event waiting there is taken before the next
    /// frame is drawn, so a burst of progress reports draws once. Without a `worker`, jobs
    /// are done in line, as `Update.run` does.
    public static func run(_ state: inout AppState, on terminal: TerminalDevice, stopWhenIdle: Bool = false,
                           background: Background? = nil, worker: Worker? = nil, observe: (Event) -> Void = { _ in }) {
        state.size = terminal.size
        _ = perform(Update.begin(&state), on: terminal, worker: worker, &state)
        terminal.present(Render.screen(state))
        while !state.quitting {
            var events = background?.takeAll() ?? []
            if events.isEmpty {
                let waiting = background?.pending == true || worker?.isIdle == false
                // A background without a way to wake the terminal is asked every 50 ms.
                let timeout = waiting && background?.wakesTheLoop != true ? 50 : 1000
                if let event = terminal.nextEvent(timeoutMilliseconds: timeout) {
                    events = [event]
                } else {
                    if stopWhenIdle && !waiting { return }
                    continue
                }
            }
            var waited = false
            while !events.isEmpty {
                var started = false
                for event in events where !state.quitting {
                    observe(event)
                    started = perform(Update.apply(event, to: &state), on: terminal, worker: worker, &state) || started
                }
                events = []
                if started, !waited, !state.quitting, let worker, let background {
                    waited = true
                    _ = worker.waitIdle(milliseconds: grace)
                    events = background.takeAll()
                }
            }
            if state.quitting { break }
            terminal.present(Render.screen(state))
        }
        worker?.stop()
    }

    /// Carries out `effects`; whether a job was handed to the worker.
    private static func perform(_ effects: [Effect], on terminal: TerminalDevice, worker: Worker?,
                                _ state: inout AppState) -> Bool {
        var started = false
        for effect in effects {
            switch effect {
            case .quit: state.quitting = true
            case .redrawAll: terminal.invalidate()
            case .bell: terminal.bell()
            case .copy(let text): terminal.copyToClipboard(text)
            case .suspend:
                terminal.suspend()
                terminal.invalidate()
            case .start(let job):
                if let worker {
                    worker.start(job)
                    started = true
                } else if let result = job.run() {
                    started = perform(Update.apply(.worked(result), to: &state), on: terminal, worker: worker, &state) || started
                }
            case .cancel(let slot):
                worker?.cancel(slot)
            }
        }
        return started
    }
}
