/// Values read in the order of their key, gathered into one exactly sized array per key.
/// Appending to arrays held in a dictionary leaves each with up to twice the room it needs,
/// and a library's figures and paragraphs are held for the whole session.
struct RowGroups<Key: Hashable, Value> {
    private var groups: [Key: [Value]] = [:]
    private var key: Key?
    private var current: [Value] = []

    /// The rows come ordered by `key`; a key that comes back is joined to its group.
    mutating func append(_ value: Value, to key: Key) {
        if key != self.key {
            close()
            self.key = key
        }
        current.append(value)
    }

    /// Every group, each array as long as it is and no longer.
    mutating func finish() -> [Key: [Value]] {
        close()
        return groups
    }

    private mutating func close() {
        guard let key, !current.isEmpty else { return }
        // Copied into a buffer of its length; the buffer filled is kept for the next key.
        let exact = [Value](unsafeUninitializedCapacity: current.count) { buffer, initialized in
            _ = buffer.initialize(fromContentsOf: current)
            initialized = current.count
        }
        if let earlier = groups[key] {
            groups[key] = earlier + exact  // rows out of order: kept all the same
        } else {
            groups[key] = exact
        }
        current.removeAll(keepingCapacity: true)
    }
}
