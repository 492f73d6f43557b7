/// The event loop: draw, wait for an event, update, carry out the effects, draw again.
public enum Runner {
    /// `observe` sees every event before the update: the executable learns from it what the
    /// session's loading reported, and uses it for its crash-handling test switch.
    /// `background` hands over events from work running beside the loop (issues still being
    /// loaded); every event waiting there is taken before the next frame is drawn, so a burst
    /// of progress reports draws once.
    public static func run(_ state: inout AppState, on terminal: TerminalDevice, stopWhenIdle: Bool = false,
                           background: Background? = nil, observe: (Event) -> Void = { _ in }) {
        state.size = terminal.size
        terminal.present(Render.screen(state))
        while !state.quitting {
            var events = background?.takeAll() ?? []
            if events.isEmpty {
                let waiting = background?.pending == true
                // A background without a way to wake the terminal is asked every 50 ms.
                let timeout = waiting && background?.wakesTheLoop != true ? 50 : 1000
                if let event = terminal.nextEvent(timeoutMilliseconds: timeout) {
                    events = [event]
                } else {
                    if stopWhenIdle && !waiting { return }
                    continue
                }
            }
            for event in events where !state.quitting {
                observe(event)
                perform(Update.apply(event, to: &state), on: terminal, &state)
            }
            if state.quitting { break }
            terminal.present(Render.screen(state))
        }
    }

    private static func perform(_ effects: [Effect], on terminal: TerminalDevice, _ state: inout AppState) {
        for effect in effects {
            switch effect {
            case .quit: state.quitting = true
            case .redrawAll: terminal.invalidate()
            case .bell: terminal.bell()
            case .copy(let text): terminal.copyToClipboard(text)
            case .suspend:
                terminal.suspend()
                terminal.invalidate()
            }
        }
    }
}
