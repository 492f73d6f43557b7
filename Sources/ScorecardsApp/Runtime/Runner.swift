import Synchronization

/// The event loop: draw, wait for an event, update, carry out the effects, draw again.
public enum Runner {
    /// `observe` sees every event before the update; the executable uses it for its
    /// crash-handling test switch.
    /// `background` hands over events from work running beside the loop (issues still being
    /// loaded); while it may have more, the loop wakes every 50 ms to ask.
    public static func run(_ state: inout AppState, on terminal: TerminalDevice, stopWhenIdle: Bool = false,
                           background: Background? = nil, observe: (Event) -> Void = { _ in }) {
        state.size = terminal.size
        terminal.present(Render.screen(state))
        while !state.quitting {
            let waiting = background?.pending == true
            var next = background?.take()
            if next == nil { next = terminal.nextEvent(timeoutMilliseconds: waiting ? 50 : 1000) }
            guard let event = next else {
                if stopWhenIdle && !waiting { return }
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

/// Events produced away from the event loop, handed over through a lock.
public final class Background: @unchecked Sendable {
    private var events: [Event] = []
    private var working = true
    private let lock = EventLock()

    public init() {}

    /// Whether more events may come.
    public var pending: Bool { lock.locked { working || !events.isEmpty } }

    public func post(_ event: Event) { lock.locked { events.append(event) } }

    /// Says no more events will come.
    public func finish() { lock.locked { working = false } }

    func take() -> Event? { lock.locked { events.isEmpty ? nil : events.removeFirst() } }
}

/// A plain lock around a closure.
final class EventLock: @unchecked Sendable {
    private let inner = Synchronization.Mutex<Void>(())

    func locked<T>(_ body: () -> T) -> T { inner.withLock { _ in body() } }
}
