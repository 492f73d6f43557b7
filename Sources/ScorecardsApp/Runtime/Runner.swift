/// The event loop: draw, wait for an event, update, carry out the effects, draw again.
public enum Runner {
    /// `observe` sees every event before the update; the executable uses it for its
    /// crash-handling test switch.
    public static func run(_ state: inout AppState, on terminal: TerminalDevice, stopWhenIdle: Bool = false,
                           observe: (Event) -> Void = { _ in }) {
        state.size = terminal.size
        terminal.present(Render.screen(state))
        while !state.quitting {
            guard let event = terminal.nextEvent(timeoutMilliseconds: 1000) else {
                if stopWhenIdle { return }
                continue
            }
            observe(event)
            for effect in Update.apply(event, to: &state) {
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
            if state.quitting { break }
            terminal.present(Render.screen(state))
        }
    }
}
