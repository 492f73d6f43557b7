/// A one-line text field: the search prompt and the figures filter. Editing is by whole
/// characters (a Chinese character or an accented letter goes with one Backspace), and
/// earlier entries come back with ↑ and ↓.
public struct LineEditor: Equatable, Sendable {
    public private(set) var text: [Character] = []
    /// Insertion point, in characters.
    public private(set) var cursor = 0
    public private(set) var history: [String] = []
    /// Position while browsing the history; nil when editing fresh text.
    private var browsing: Int?
    /// The text being typed before browsing started, restored by ↓ past the newest entry.
    private var draft: [Character] = []

    public init(history: [String] = []) {
        self.history = history
    }

    public var string: String { String(text) }

    public mutating func insert(_ c: Character) {
        text.insert(c, at: cursor)
        cursor += 1
        browsing = nil
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        text.remove(at: cursor - 1)
        cursor -= 1
        browsing = nil
    }

    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: cursor)
        browsing = nil
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = text.count }

    public mutating func clear() {
        text = []
        cursor = 0
        browsing = nil
    }

    public mutating func set(_ string: String) {
        text = Array(string)
        cursor = text.count
    }

    public mutating func historyPrevious() {
        guard !history.isEmpty else { return }
        let next: Int
        if let browsing { next = max(0, browsing - 1) } else { draft = text; next = history.count - 1 }
        browsing = next
        text = Array(history[next])
        cursor = text.count
    }

    public mutating func historyNext() {
        guard let current = browsing else { return }
        if current + 1 < history.count {
            browsing = current + 1
            text = Array(history[current + 1])
        } else {
            browsing = nil
            text = draft
        }
        cursor = text.count
    }

    /// Keeps a finished entry for ↑, once, most recent last.
    public mutating func commit() {
        let entry = string
        browsing = nil
        guard !entry.isEmpty else { return }
        history.removeAll { $0 == entry }
        history.append(entry)
        if history.count > 100 { history.removeFirst(history.count - 100) }
    }
}
