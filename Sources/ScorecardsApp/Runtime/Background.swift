import Synchronization

/// Events produced away from the event loop (issues loading on a thread of their own, the
/// worker's results), handed to it through a queue: the producer's values move to the loop
/// whole, and nothing else is shared between the threads.
public final class Background: Sendable {
    private struct Queue {
        var events: [Event] = []
        var working = true
        var cancelled = false
    }

    private let queue = Mutex(Queue())
    private let wake: (@Sendable () -> Void)?

    /// `wake` interrupts the loop's wait for the terminal (NcursesTerminal.wake); without it
    /// the loop asks every 50 ms while more may come.
    public init(wake: (@Sendable () -> Void)? = nil) {
        self.wake = wake
    }

    var wakesTheLoop: Bool { wake != nil }

    /// Whether more events may come.
    public var pending: Bool { queue.withLock { $0.working || !$0.events.isEmpty } }

    public func post(_ event: Event) {
        queue.withLock { $0.events.append(event) }
        wake?()
    }

    /// Says no more events will come.
    public func finish() {
        queue.withLock { $0.working = false }
        wake?()
    }

    /// Asks the producer to stop: the loop has ended and will take nothing more.
    public func cancel() { queue.withLock { $0.cancelled = true } }

    public var isCancelled: Bool { queue.withLock { $0.cancelled } }

    /// Every event waiting, oldest first.
    func takeAll() -> [Event] {
        queue.withLock { queue in
            defer { queue.events.removeAll() }
            return queue.events
        }
    }
}
