/// Builds `SyllablePostings` in two passes over the text, the first counting, the second
/// placing: fields per code (each field once per code), and pairs bucketed by their
/// first code; then pairs are ordered by second code within each bucket. Both steps are
/// stable, so positions stay ascending within a key, and few buckets per step keep the
/// scattered writes cache-friendly.
struct SyllablePostingsCollector {
    let codeCount: Int
    let initials: [UInt8]
    let alternates: [Int: Int]
    var fieldCounts: [Int]
    var firstCounts: [Int]
    var fieldIds = FrozenBuffer<UInt32>(zeroedCount: 0)
    var pairPositions = FrozenBuffer<UInt32>(zeroedCount: 0)
    var pairThirds = FrozenBuffer<UInt8>(zeroedCount: 0)
    var pairSeconds: [UInt16] = []

    init(codeCount: Int, readings: PinyinReadingTable, alternates: [Int: UInt16]) {
        self.codeCount = codeCount
        initials = readings.packedSyllables.map { PairFlags.letter(UInt8(truncatingIfNeeded: $0)) }
        self.alternates = alternates.mapValues(Int.init)
        fieldCounts = [Int](repeating: 0, count: codeCount + 1)
        firstCounts = [Int](repeating: 0, count: codeCount + 1)
    }

    mutating func prepareToPlace() {
        for code in 0..<codeCount {
            fieldCounts[code + 1] += fieldCounts[code]
            firstCounts[code + 1] += firstCounts[code]
        }
        fieldIds = FrozenBuffer(zeroedCount: fieldCounts[codeCount])
        let pairs = firstCounts[codeCount]
        pairPositions = FrozenBuffer(zeroedCount: pairs)
        pairThirds = FrozenBuffer(zeroedCount: pairs)
        pairSeconds = [UInt16](repeating: 0, count: pairs)
    }

    mutating func run(_ text: UnsafeBufferPointer<UInt32>, fieldStart: [Int], fieldPlace: [Int32], placing: Bool) {
        let fieldCount = fieldStart.count - 1
        let lastField = UnsafeMutablePointer<Int>.allocate(capacity: codeCount)
        lastField.initialize(repeating: -1, count: codeCount)
        let fieldCursor = UnsafeMutablePointer<Int>.allocate(capacity: codeCount + 1)
        let pairCursor = UnsafeMutablePointer<Int>.allocate(capacity: codeCount + 1)
        defer {
            lastField.deallocate()
            fieldCursor.deallocate()
            pairCursor.deallocate()
        }
        for code in 0..<codeCount {
            fieldCursor[code] = fieldCounts[code]
            pairCursor[code] = firstCounts[code]
        }
        let noThird = SyllablePostings.noThird
        let anyThird = SyllablePostings.anyThird
        let alternates = self.alternates
        let fieldIds = self.fieldIds.writableBuffer()
        let pairPositions = self.pairPositions.writableBuffer()
        let pairThirds = self.pairThirds.writableBuffer()
        initials.withUnsafeBufferPointer { initials in
        fieldCounts.withUnsafeMutableBufferPointer { fieldCounts in
        firstCounts.withUnsafeMutableBufferPointer { firstCounts in
        pairSeconds.withUnsafeMutableBufferPointer { pairSeconds in
            @inline(__always) func addField(_ code: Int, _ field: Int) {
                guard lastField[code] != field else { return }
                lastField[code] = field
                if placing {
                    fieldIds[fieldCursor[code]] = UInt32(field)
                    fieldCursor[code] += 1
                } else {
                    fieldCounts[code + 1] += 1
                }
            }
            @inline(__always) func addPair(_ position: Int, _ first: Int, _ second: Int, _ third: UInt8) {
                if placing {
                    let slot = pairCursor[first]
                    pairCursor[first] = slot + 1
                    pairPositions[slot] = UInt32(position)
                    pairSeconds[slot] = UInt16(second)
                    pairThirds[slot] = third
                } else {
                    firstCounts[first + 1] += 1
                }
            }
            for field in 0..<fieldCount {
                let end = fieldStart[field + 1] - 1
                let headline = fieldPlace[field] >= 0 ? PairFlags.inHeadline : 0
                var position = fieldStart[field]
                while position < end {
                    defer { position += 1 }
                    let element = text[position]
                    let code = PackedText.reading(element)
                    guard code != 0 else { continue }
                    let other = element & PackedText.alternateFlag != 0 ? alternates[position] ?? code : code
                    addField(code, field)
                    if other != code { addField(other, field) }

                    let next = text[position + 1]
                    let nextCode = PackedText.reading(next)
                    guard nextCode != 0 else { continue }
                    let nextOther = next & PackedText.alternateFlag != 0 ? alternates[position + 1] ?? nextCode : nextCode
                    var third = noThird
                    if placing {
                        let thirdElement = text[position + 2]  // a separator ends every field
                        let thirdCode = PackedText.reading(thirdElement)
                        if thirdElement & PackedText.alternateFlag != 0 {
                            third = anyThird
                        } else if thirdCode != 0 {
                            third = initials[thirdCode]
                        }
                        if PackedText.continuesWord(next) { third |= PairFlags.insideOneWord }
                        if !PackedText.continuesWord(element) && !PackedText.continuesWord(thirdElement) {
                            third |= PairFlags.wholeWords
                        }
                        third |= headline
                    }
                    addPair(position, code, nextCode, third)
                    if other != code { addPair(position, other, nextCode, third) }
                    if nextOther != nextCode { addPair(position, code, nextOther, third) }
                    if other != code && nextOther != nextCode { addPair(position, other, nextOther, third) }
                }
            }
        }}}}
    }

    /// Orders the bucketed pairs by second code within each first-code bucket (stable,
    /// through a scratch copy of the bucket); returns the offsets per dense key.
    mutating func orderPairs() -> [Int32] {
        var pairCounts = [Int32](repeating: 0, count: codeCount * codeCount + 1)
        let positions = pairPositions.writableBuffer()
        let thirds = pairThirds.writableBuffer()
        var secondCursor = [Int](repeating: 0, count: codeCount)
        var scratchPositions: [UInt32] = []
        var scratchThirds: [UInt8] = []
        for first in 0..<codeCount where firstCounts[first] < firstCounts[first + 1] {
            let bucket = firstCounts[first]..<firstCounts[first + 1]
            let base = first * codeCount
            for slot in bucket { pairCounts[base + Int(pairSeconds[slot]) + 1] += 1 }
            var start = bucket.lowerBound
            for second in 0..<codeCount {
                secondCursor[second] = start
                start += Int(pairCounts[base + second + 1])
            }
            scratchPositions.removeAll(keepingCapacity: true)
            scratchPositions.append(contentsOf: positions[bucket])
            scratchThirds.removeAll(keepingCapacity: true)
            scratchThirds.append(contentsOf: thirds[bucket])
            for (offset, slot) in bucket.enumerated() {
                let second = Int(pairSeconds[slot])
                positions[secondCursor[second]] = scratchPositions[offset]
                thirds[secondCursor[second]] = scratchThirds[offset]
                secondCursor[second] += 1
            }
        }
        pairSeconds = []
        for key in 0..<(codeCount * codeCount) { pairCounts[key + 1] += pairCounts[key] }
        return pairCounts
    }
}
