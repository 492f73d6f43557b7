/// Match ranges inside one field, computed when a hit is looked at.
extension IndexStorage {
    /// Non-overlapping matches of `query` in `field`, left to right, as original scalar offsets.
    func matchRanges(of query: CompiledQuery, inField field: Int) -> [Range<Int>] {
        let start = fieldStart[field]
        let end = fieldEnd(field)
        var found: [Range<Int>] = []

        let literal = query.literal
        if !literal.isEmpty && literal.count <= end - start {
            var position = start
            while position + literal.count <= end {
                var k = 0
                while k < literal.count && PackedText.scalar(text[position + k]) == literal[k] { k += 1 }
                if k == literal.count {
                    found.append(position..<(position + literal.count))
                    position += literal.count
                } else {
                    position += 1
                }
            }
        }
        if let pattern = query.pinyin {
            let matcher = PinyinMatcher(pattern: pattern, storage: self)
            let headline = isHeadline(field)
            var position = start
            while position < end {
                if let match = matcher.match(at: position, end: end, abbreviationsAcrossWords: headline) {
                    found.append(position..<match.end)
                    position = match.end
                } else {
                    position += 1
                }
            }
        }

        found.sort { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.count > $1.count }
        var kept: [Range<Int>] = []
        for range in found where kept.last.map({ range.lowerBound >= $0.upperBound }) ?? true {
            kept.append(range)
        }
        let map = sourceMaps[field]
        return kept.map { range in
            let local = (range.lowerBound - start)..<(range.upperBound - start)
            return map?.original(local) ?? local
        }
    }
}
