import Synchronization

/// Paragraphs the reader has laid out lately, kept from one key to the next: scrolling
/// through a long paragraph, or a page of many, lays each out once. A memo, not state: an
/// entry is found only by everything its lines come from (the paragraph's text and number,
/// the geometry and the margin), so what the reader draws is the same with it or without
/// it, and states share one freely.
public final class ParagraphCache: Equatable, Sendable {
    struct Key: Hashable {
        var text: String
        var paragraph: Int
        var geometry: ReaderGeometry
        var margin: Int
    }

    private struct Generations {
        var current: [Key: [ReaderDocument.Line]] = [:]
        var previous: [Key: [ReaderDocument.Line]] = [:]
        var scalars = 0
    }

    /// Characters laid out per generation: when the newer is full it becomes the older and
    /// the older is dropped, so what was used lately stays, and memory stays bounded.
    static let generation = 200_000

    private let entries = Mutex(Generations())

    public init() {}

    /// Any two are equal: what a state shows does not depend on what its memo holds.
    public static func == (a: ParagraphCache, b: ParagraphCache) -> Bool { true }

    func lines(_ key: Key, make: () -> [ReaderDocument.Line]) -> [ReaderDocument.Line] {
        if let found = entries.withLock({ entries -> [ReaderDocument.Line]? in
            if let lines = entries.current[key] { return lines }
            guard let lines = entries.previous[key] else { return nil }
            entries.current[key] = lines
            return lines
        }) {
            return found
        }
        let lines = make()
        entries.withLock { entries in
            entries.current[key] = lines
            entries.scalars += key.text.utf8.count
            if entries.scalars > Self.generation {
                entries.previous = entries.current
                entries.current = [:]
                entries.scalars = 0
            }
        }
        return lines
    }
}
