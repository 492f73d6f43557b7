import ScorecardsGrid

/// A terminal in memory: events come from a script, frames are kept. The test double of
/// the ncurses backend, with the same protocol.
public final class MemoryTerminal: TerminalDevice {
    public private(set) var size: Size
    public private(set) var frames: [Grid] = []
    public private(set) var bells = 0
    public private(set) var suspensions = 0
    public private(set) var invalidations = 0
    public private(set) var clipboard: [String] = []
    private var script: [Event]

    public init(size: Size, events: [Event]) {
        self.size = size
        self.script = events
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> Event? {
        guard !script.isEmpty else { return nil }
        let event = script.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public var isExhausted: Bool { script.isEmpty }
    public func present(_ grid: Grid) { frames.append(grid) }
    public func invalidate() { invalidations += 1 }
    public func suspend() { suspensions += 1 }
    public func bell() { bells += 1 }
    public func copyToClipboard(_ text: String) { clipboard.append(text) }
}
