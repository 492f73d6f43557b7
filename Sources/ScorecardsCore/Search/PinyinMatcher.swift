/// Matches a `PinyinPattern` at positions of the index's text.
///
/// A breadth-first walk over the text characters from the start position; a state is
/// how many query atoms have been consumed, plus two flags: whether a non-final segment
/// was a partial syllable (the match is abbreviated), and whether some character took
/// two letters or more (it is not made of initials only). States are deduplicated per
/// character, so the work stays bounded by the query length even for queries such as
/// `aaaaaaaa` that can be segmented many ways. One matcher serves a whole search; its
/// buffers are allocated once, and the hot loop reads raw memory.
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
        let states = (count + 1) << Self.flagBits
        current = .allocate(capacity: states)
        next = .allocate(capacity: states)
        stamp = .allocate(capacity: states)
        stamp.initialize(repeating: 0, count: states)
    }

    deinit {
        for pointer in [UnsafeMutableRawPointer(han), UnsafeMutableRawPointer(letters), UnsafeMutableRawPointer(runLength),
                        UnsafeMutableRawPointer(canFinish), UnsafeMutableRawPointer(packedSyllables),
                        UnsafeMutableRawPointer(syllableLengths), UnsafeMutableRawPointer(current),
                        UnsafeMutableRawPointer(next), UnsafeMutableRawPointer(stamp)] {
            pointer.deallocate()
        }
    }

    private static func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
        _ = UnsafeMutableBufferPointer(start: pointer, count: array.count).initialize(from: array)
        return pointer
    }

    /// The match starting at `start` and ending by `end`: the end of the shortest one,
    /// and the best tier of all of them, with the word rules applied (see `MatchTier`):
    /// an abbreviated match must lie inside one word unless `abbreviationsAcrossWords`
    /// (a headline, whose run of characters counts as one word), and a full reading that
    /// joins parts of two words is `pinyinAcrossWords`.
    func match(at start: Int, end: Int, abbreviationsAcrossWords: Bool) -> Match? {
        current[0] = 0
        var currentCount = 1
        var position = start
        var shortestEnd = 0
        var bestTier = Int.max
        let startsWord = !PackedText.continuesWord(text[start])
        var insideOneWord = true
        while position < end && currentCount > 0 {
            generation &+= 1
            if generation == 0 {
                stamp.update(repeating: 0, count: (count + 1) << Self.flagBits)
                generation = 1
            }
            var nextCount = 0
            var completion = Completion()
            let element = text[position]
            let scalar = PackedText.scalar(element)
            let primary = PackedText.reading(element)
            let second = element & PackedText.alternateFlag != 0 ? Int(storage.alternates[position] ?? 0) : 0
            let first = position == start
            if !first && !PackedText.continuesWord(element) { insideOneWord = false }

            for index in 0..<currentCount {
                let state = current[index]
                let atom = state >> Self.flagBits
                let flags = state & Self.flagMask
                let wanted = han[atom]
                if wanted != 0 {
                    if wanted == scalar {
                        reach(atom + 1, flags: flags, partial: false, spelled: false, first: first,
                              nextCount: &nextCount, completion: &completion)
                    }
                    continue
                }
                if primary != 0 {
                    consume(primary, atom: atom, flags: flags, first: first, nextCount: &nextCount, completion: &completion)
                }
                if second != 0 {
                    consume(second, atom: atom, flags: flags, first: first, nextCount: &nextCount, completion: &completion)
                }
            }
            var tier = Int.max
            if completion.clean || completion.abbreviated {
                let wholeWords = insideOneWord || (startsWord && !PackedText.continuesWord(text[position + 1]))
                if completion.clean { tier = wholeWords ? Self.pinyin : Self.acrossWords }
                if completion.abbreviated { tier = min(tier, insideOneWord ? Self.initials : Self.acrossWords) }
            }
            if completion.initialsOnly && (insideOneWord || abbreviationsAcrossWords) {
                tier = min(tier, Self.initials)
            }
            if tier != Int.max {
                if shortestEnd == 0 { shortestEnd = position + 1 }
                bestTier = min(bestTier, tier)
                if bestTier == Self.pinyin { break }
            }
            swap(&current, &next)
            currentCount = nextCount
            position += 1
        }
        guard shortestEnd != 0 else { return nil }
        let tier: MatchTier = bestTier == Self.pinyin ? .pinyin : bestTier == Self.initials ? .initials : .pinyinAcrossWords
        return Match(end: shortestEnd, tier: tier)
    }

    private static let pinyin = 0, initials = 1, acrossWords = 2

    /// State flags below the atom count.
    private static let flagBits = 2, flagMask = 3
    private static let abbreviatedFlag = 1, spelledFlag = 2

    /// What completed the query at the current character (several segmentations may):
    /// a match spelled in full; an abbreviated one where some character took two letters
    /// or more (`diqu` as 点区, di for diǎn); one made of initials only (`gs`).
    struct Completion {
        var clean = false
        var abbreviated = false
        var initialsOnly = false
    }

    /// The character read `code` takes 1...n letters of the run at `atom`.
    @inline(__always)
    private func consume(_ code: Int, atom: Int, flags: Int, first: Bool, nextCount: inout Int, completion: inout Completion) {
        let length = syllableLengths[code]
        let shared = min(SyllablePacking.commonPrefixLength(packedSyllables[code], letters[atom]), length, runLength[atom])
        var taken = 1
        while taken <= shared {
            reach(atom + taken, flags: flags, partial: taken < length, spelled: taken > 1, first: first,
                  nextCount: &nextCount, completion: &completion)
            taken += 1
        }
    }

    /// Records that `atom` atoms are consumed after this character, or that the query is.
    /// A partial last syllable is no abbreviation, unless it is the only character.
    @inline(__always)
    private func reach(_ atom: Int, flags: Int, partial: Bool, spelled: Bool, first: Bool,
                       nextCount: inout Int, completion: inout Completion) {
        let spelledFlags = flags | (spelled ? Self.spelledFlag : 0)
        if atom == count {
            if flags & Self.abbreviatedFlag == 0 && !(partial && first) {
                completion.clean = true
            } else if spelledFlags & Self.spelledFlag != 0 {
                completion.abbreviated = true
            } else {
                completion.initialsOnly = true
            }
            return
        }
        guard canFinish[atom] else { return }
        let state = atom << Self.flagBits | spelledFlags | (partial ? Self.abbreviatedFlag : 0)
        if stamp[state] != generation {
            stamp[state] = generation
            next[nextCount] = state
            nextCount += 1
        }
    }
}
