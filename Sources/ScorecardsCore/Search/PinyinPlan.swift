/// How to find every match of a pinyin pattern from the index's postings.
///
/// A match spelled by one character is a prefix of its reading; by two characters, a
/// prefix of the first reading followed by a prefix of the second. The plan lists, for
/// each way of cutting the query's first letters, the syllable codes that fit:
/// - `singles`: codes whose fields all match (one character spells the whole query);
/// - `pairs`: adjacent-reading blocks whose positions all match (two characters do);
/// - `candidates`: positions where a longer match may start, for `PinyinMatcher`.
struct PinyinPlan {
    var singles: [(code: Int, tier: MatchTier)] = []
    var pairs: [(block: PositionBlock, kind: PairKind)] = []

    /// How two characters spell the query: in full (the second may be partial), or with
    /// the first abbreviated, one of them taking two letters or more (`diqu` as 点区), or
    /// one letter each (`gs`). The word rules then decide the tier (see `MatchTier`).
    enum PairKind {
        case clean, abbreviated, initialsOnly
    }
    var candidates: [PositionBlock] = []

    /// Pointers stay valid while `storage` is alive.
    init(pattern: PinyinPattern, storage: IndexStorage) {
        let readings = storage.readings
        let syllables = storage.syllablePostings
        let postings = storage.postings
        let count = pattern.count

        if pattern.han[0] != 0 {
            if let id = postings.id(of: pattern.han[0]) {
                for run in postings.runs(id) {
                    candidates.append(PositionBlock(pointer: postings.positions.base, range: run))
                }
            }
            return
        }
        for firstLength in 1...min(6, pattern.runLength[0]) {
            guard let firstCodes = readings.codes(withPrefix: pattern.letters[0] & PinyinPattern.mask(firstLength)) else { break }
            if firstLength == count {
                for code in firstCodes {
                    let full = Int(readings.syllableLengths[code]) == firstLength
                    singles.append((code, full ? .pinyin : .initials))
                }
                continue
            }
            guard pattern.canFinish[firstLength] else { continue }
            let second = pattern.han[firstLength]
            if second != 0 {
                // A letter, then a Han character: find that character, one position back.
                if let id = postings.id(of: second) {
                    for run in postings.runs(id) {
                        candidates.append(PositionBlock(pointer: postings.positions.base, range: run, shift: -1))
                    }
                }
                continue
            }
            for secondLength in 1...min(6, pattern.runLength[firstLength]) {
                let packed = pattern.letters[firstLength] & PinyinPattern.mask(secondLength)
                guard let secondCodes = readings.codes(withPrefix: packed) else { break }
                let end = firstLength + secondLength
                guard end == count || pattern.canFinish[end] else { continue }
                let thirdInitial = end < count && pattern.han[end] == 0
                    ? PairFlags.letter(UInt8(truncatingIfNeeded: pattern.letters[end])) : 0
                for code in firstCodes {
                    let full = Int(readings.syllableLengths[code]) == firstLength
                    for run in syllables.pairRuns(first: code, seconds: secondCodes) {
                        var block = PositionBlock(pointer: syllables.pairPositions.base, range: run)
                        if end == count {
                            let kind: PairKind = full ? .clean
                                : firstLength > 1 || secondLength > 1 ? .abbreviated : .initialsOnly
                            pairs.append((block, kind))
                        } else {
                            if thirdInitial != 0 {
                                block.thirdInitial = thirdInitial
                                block.thirds = syllables.pairFlags.base
                            }
                            candidates.append(block)
                        }
                    }
                }
            }
        }
    }
}
