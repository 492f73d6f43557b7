/// An ascending run of text positions in one of the index's position arrays.
struct PositionBlock {
    var pointer: UnsafePointer<UInt32>
    var range: Range<Int>
    /// Added to every position (a match may start one character before what was indexed).
    var shift: Int = 0
    /// For syllable pair blocks: keep only positions whose third character's reading
    /// starts with this letter, as `PairFlags.letter` codes it (or may:
    /// `SyllablePostings.anyThird`); 0 keeps all.
    var thirdInitial: UInt8 = 0
    var thirds: UnsafePointer<UInt8>?

    @inline(__always)
    func keeps(_ index: Int) -> Bool {
        guard let thirds else { return true }
        let third = thirds[index] & PairFlags.third
        return third == thirdInitial || third == SyllablePostings.anyThird
    }
}

extension IndexStorage {
    /// Calls `body(position, field)` for the positions of each block in turn (ascending
    /// within a block). When `body` returns true, the rest of that field is skipped in
    /// the current block. Blocks are walked independently, so callers keep their state
    /// per field (the best tier so far), never per position.
    func walk(_ blocks: [PositionBlock], _ body: (_ position: Int, _ field: Int) -> Bool) {
        for block in blocks {
            var index = block.range.lowerBound
            let end = block.range.upperBound
            while index < end {
                let position = Int(block.pointer[index]) + block.shift
                guard position >= 1, block.keeps(index) else {
                    index += 1
                    continue
                }
                let field = field(containing: position)
                if body(position, field) {
                    index = Self.firstIndex(in: block, from: index + 1, atLeast: fieldStart[field + 1])
                } else {
                    index += 1
                }
            }
        }
    }

    /// The first index at or after `from` whose position is at least `position`, galloping.
    private static func firstIndex(in block: PositionBlock, from: Int, atLeast position: Int) -> Int {
        let end = block.range.upperBound
        let target = position - block.shift
        var previous = from - 1
        var probe = from
        var step = 1
        while probe < end && Int(block.pointer[probe]) < target {
            previous = probe
            probe += step
            step <<= 1
        }
        var low = previous + 1
        var high = min(probe, end)
        while low < high {
            let middle = (low + high) >> 1
            if Int(block.pointer[middle]) < target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
