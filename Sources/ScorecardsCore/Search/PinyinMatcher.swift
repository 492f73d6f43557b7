/// Matches a `PinyinPattern` at positions of the index's text.
///
/// A breadth-first walk over the text characters from the start position; a state is
/// how many query atoms have been consumed, plus whether a non-final segment was a
/// partial syllable (which lowers the match to the initials tier). States are
/// deduplicated per character, so the work stays bounded by the query length even for
/// queries such as `aaaaaaaa` that can be segmented many ways. One matcher serves a
/// whole search; its buffers are allocated once, and the hot loop reads raw memory.
final class PinyinMatcher {
    struct Match {
        var end: Int
        var tier: MatchTier
    }

    private let storage: IndexStorage
    private let text: UnsafePointer<UInt32>
    private let count: Int
    private let han: UnsafeMutablePointer<UInt32>
    private let letters: UnsafeMutablePointer<UInt64>
    private let runLength: UnsafeMutablePointer<Int>
    private let canFinish: UnsafeMutablePointer<Bool>
    private let packedSyllables: UnsafeMutablePointer<UInt64>
    private let syllableLengths: UnsafeMutablePointer<Int>
    private var current: UnsafeMutablePointer<Int>
    private var next: UnsafeMutablePointer<Int>
    private let stamp: UnsafeMutablePointer<UInt32>
    private let slot: UnsafeMutablePointer<Int>
    private var generation: UInt32 = 0

    init(pattern: PinyinPattern, storage: IndexStorage) {
        self.storage = storage
        text = storage.text.base
        count = pattern.count
        han = Self.copy(pattern.han)
        letters = Self.copy(pattern.letters)
        runLength = Self.copy(pattern.runLength)
        canFinish = Self.copy(pattern.canFinish)
        packedSyllables = Self.copy(storage.readings.packedSyllables)
        syllableLengths = Self.copy(storage.readings.syllableLengths.map { Int($0) })
        current = .allocate(capacity: count + 1)
        next = .allocate(capacity: count + 1)
        stamp = .allocate(capacity: count + 1)
        stamp.initialize(repeating: 0, count: count + 1)
        slot = .allocate(capacity: count + 1)
        slot.initialize(repeating: 0, count: count + 1)
    }

    deinit {
        for pointer in [UnsafeMutableRawPointer(han), UnsafeMutableRawPointer(letters), UnsafeMutableRawPointer(runLength),
                        UnsafeMutableRawPointer(canFinish), UnsafeMutableRawPointer(packedSyllables),
                        UnsafeMutableRawPointer(syllableLengths), UnsafeMutableRawPointer(current),
                        UnsafeMutableRawPointer(next), UnsafeMutableRawPointer(stamp), UnsafeMutableRawPointer(slot)] {
            pointer.deallocate()
        }
    }

    private static func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
        _ = UnsafeMutableBufferPointer(start: pointer, count: array.count).initialize(from: array)
        return pointer
    }

    /// The match starting at `start` and ending by `end`: the end of the shortest one,
    /// and the best tier of all of them.
    func match(at start: Int, end: Int) -> Match? {
        current[0] = 0
        var currentCount = 1
        var position = start
        var shortestEnd = 0
        var bestTier = Int.max
        while position < end && currentCount > 0 {
            generation &+= 1
            if generation == 0 {
                stamp.update(repeating: 0, count: count + 1)
                generation = 1
            }
            var nextCount = 0
            var best = Int.max
            let element = text[position]
            let scalar = PackedText.scalar(element)
            let primary = PackedText.reading(element)
            let second = element & PackedText.alternateFlag != 0 ? Int(storage.alternates[position] ?? 0) : 0
            let first = position == start

            for index in 0..<currentCount {
                let state = current[index]
                let atom = state >> 1
                let dirty = state & 1 != 0
                let wanted = han[atom]
                if wanted != 0 {
                    if wanted == scalar {
                        reach(atom + 1, dirty: dirty, partial: false, first: first, nextCount: &nextCount, best: &best)
                    }
                    continue
                }
                if primary != 0 {
                    consume(primary, atom: atom, dirty: dirty, first: first, nextCount: &nextCount, best: &best)
                }
                if second != 0 {
                    consume(second, atom: atom, dirty: dirty, first: first, nextCount: &nextCount, best: &best)
                }
            }
            if best != Int.max {
                if shortestEnd == 0 { shortestEnd = position + 1 }
                bestTier = min(bestTier, best)
                if bestTier == 0 { break }
            }
            swap(&current, &next)
            currentCount = nextCount
            position += 1
        }
        return shortestEnd == 0 ? nil : Match(end: shortestEnd, tier: bestTier == 0 ? .pinyin : .initials)
    }

    /// The character read `code` takes 1...n letters of the run at `atom`.
    @inline(__always)
    private func consume(_ code: Int, atom: Int, dirty: Bool, first: Bool, nextCount: inout Int, best: inout Int) {
        let length = syllableLengths[code]
        let shared = min(SyllablePacking.commonPrefixLength(packedSyllables[code], letters[atom]), length, runLength[atom])
        var taken = 1
        while taken <= shared {
            reach(atom + taken, dirty: dirty, partial: taken < length, first: first, nextCount: &nextCount, best: &best)
            taken += 1
        }
    }

    /// Records that `atom` atoms are consumed after this character. `best` is 0 for a
    /// pinyin-tier completion, 1 for initials.
    @inline(__always)
    private func reach(_ atom: Int, dirty: Bool, partial: Bool, first: Bool, nextCount: inout Int, best: inout Int) {
        if atom == count {
            best = min(best, dirty || (partial && first) ? 1 : 0)
            return
        }
        guard canFinish[atom] else { return }
        let state = atom << 1 | (dirty || partial ? 1 : 0)
        if stamp[atom] == generation {
            if state & 1 == 0 { next[slot[atom]] = state }
        } else {
            stamp[atom] = generation
            slot[atom] = nextCount
            next[nextCount] = state
            nextCount += 1
        }
    }
}
