/// Literal matching: a one-character query is its character's postings; a longer one
/// is found where adjacent pairs covering it all occur at their offsets.
extension IndexStorage {
    func matchLiteral(_ query: [UInt32], into tiers: UnsafeMutableBufferPointer<UInt8>) {
        var ids: [Int] = []
        for scalar in query {
            guard let id = postings.id(of: scalar) else { return }
            ids.append(id)
        }
        let length = query.count

        // Marks a match starting at `start` in `field`; the rest of the field can be skipped.
        func record(_ start: Int, _ field: Int) -> Bool {
            let fieldFirst = fieldStart[field]
            let tier: MatchTier = start != fieldFirst ? .substring
                : (fieldStart[field + 1] - 1 - fieldFirst == length ? .exact : .prefix)
            let value = UInt8(tier.rawValue)
            if value < tiers[field] { tiers[field] = value }
            return true
        }

        let pointer = postings.positions.base
        if length == 1 {
            walk(postings.runs(ids[0]).map { PositionBlock(pointer: pointer, range: $0) }, record)
            return
        }
        // Adjacent pairs that together cover the query: every other one, and the last.
        // A match is a position where all of them occur at their offsets, found by
        // walking the rarest pair's run and stepping through the others alongside.
        var offsets = Array(stride(from: 0, to: length - 1, by: 2))
        if offsets.last != length - 2 { offsets.append(length - 2) }
        var runs: [(offset: Int, range: Range<Int>)] = []
        for offset in offsets {
            let run = postings.pairRange(ids[offset], ids[offset + 1])
            if run.isEmpty { return }
            runs.append((offset, run))
        }
        runs.sort { $0.range.count < $1.range.count }
        let driver = runs[0]
        var others = runs.dropFirst().map { (offset: $0.offset, cursor: $0.range.lowerBound, end: $0.range.upperBound) }
        walk([PositionBlock(pointer: pointer, range: driver.range, shift: -driver.offset)]) { start, field in
            for index in others.indices {
                let target = UInt32(start + others[index].offset)
                var cursor = others[index].cursor
                let end = others[index].end
                // Gallop forward: both lists ascend.
                var step = 1
                while cursor < end && pointer[cursor] < target {
                    let ahead = cursor + step
                    if ahead < end && pointer[ahead] < target {
                        cursor = ahead
                        step <<= 1
                    } else {
                        cursor += 1
                        step = 1
                    }
                }
                others[index].cursor = cursor
                if cursor == end || pointer[cursor] != target { return false }
            }
            return record(start, field)
        }
    }
}
