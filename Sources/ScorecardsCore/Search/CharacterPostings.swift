/// Inverted index from each distinct normalised character to its positions in the
/// text, ordered by the character that follows and then by position: the positions of
/// a character pair (`武昌`) form one ascending run, and those of a single character
/// are the union of its runs. Every position is listed once (the last one of a field
/// under a "field end" follower), so the whole costs one `UInt32` per character.
struct CharacterPostings: Sendable {
    /// Follower id of the last character of a field.
    static let fieldEnd = UInt32.max

    private let bmpIds: [Int32]
    private let astralIds: [UInt32: Int32]
    /// Per character id: where its runs start in `followers`; one extra entry at the end.
    private let followerIndex: [Int]
    /// Per run: the following character's id (ascending within a character), and where
    /// its positions start in `positions`.
    private let followers: [UInt32]
    private let runStarts: [Int]
    let positions: FrozenBuffer<UInt32>

    init(text: UnsafeBufferPointer<UInt32>) {
        var bmpIds = [Int32](repeating: -1, count: 0x10000)
        var astralIds: [UInt32: Int32] = [:]
        var counts: [Int] = []

        // Ids in order of first appearance, with counts; counted by scalar first, so the
        // loop over the text touches one flat table.
        var firstSeen: [UInt32] = []
        var bmpCounts = [Int](repeating: 0, count: 0x10000)
        var astralCounts: [UInt32: Int] = [:]
        bmpCounts.withUnsafeMutableBufferPointer { bmpCounts in
            for element in text where element != PackedText.separator {
                let scalar = PackedText.scalar(element)
                if scalar < 0x10000 {
                    if bmpCounts[Int(scalar)] == 0 { firstSeen.append(scalar) }
                    bmpCounts[Int(scalar)] += 1
                } else {
                    if astralCounts[scalar] == nil { firstSeen.append(scalar) }
                    astralCounts[scalar, default: 0] += 1
                }
            }
        }
        for scalar in firstSeen {
            if scalar < 0x10000 {
                bmpIds[Int(scalar)] = Int32(counts.count)
                counts.append(bmpCounts[Int(scalar)])
            } else {
                astralIds[scalar] = Int32(counts.count)
                counts.append(astralCounts[scalar] ?? 0)
            }
        }
        let idCount = counts.count
        var starts = [Int](repeating: 0, count: idCount + 1)
        for index in 0..<idCount { starts[index + 1] = starts[index] + counts[index] }
        let total = starts[idCount]

        // Bucket by character, positions ascending, remembering each one's follower
        // (field ends as `idCount`, so that they sort last). A character's id is looked up
        // once, as the follower of the one before it.
        let positions = FrozenBuffer<UInt32>(zeroedCount: total)
        let output = positions.writableBuffer()
        var followerOf = [UInt32](unsafeUninitializedCapacity: total) { _, initialized in initialized = total }
        var cursor = starts
        bmpIds.withUnsafeBufferPointer { bmpIds in
        cursor.withUnsafeMutableBufferPointer { cursor in
        followerOf.withUnsafeMutableBufferPointer { followerOf in
            @inline(__always) func id(_ element: UInt32) -> Int {
                let scalar = PackedText.scalar(element)
                return scalar < 0x10000 ? Int(bmpIds[Int(scalar)]) : Int(astralIds[scalar] ?? -1)
            }
            var current = -1
            for position in 0..<text.count {
                let element = text[position]
                guard element != PackedText.separator else {
                    current = -1
                    continue
                }
                let character = current >= 0 ? current : id(element)
                let next = position + 1 < text.count ? text[position + 1] : PackedText.separator
                let follower = next == PackedText.separator ? -1 : id(next)
                let slot = cursor[character]
                cursor[character] = slot + 1
                output[slot] = UInt32(position)
                followerOf[slot] = follower < 0 ? UInt32(idCount) : UInt32(follower)
                current = follower
            }
        }}}

        // Within each character, a stable counting sort by follower, through a scratch
        // copy of the bucket.
        var followerIndex = [Int](repeating: 0, count: idCount + 1)
        var followers: [UInt32] = []
        var runStarts: [Int] = []
        var followerCount = [Int](repeating: 0, count: idCount + 1)
        var followerCursor = [Int](repeating: 0, count: idCount + 1)
        var touched: [Int] = []
        var scratch: [UInt32] = []
        for character in 0..<idCount {
            followerIndex[character] = followers.count
            let bucket = starts[character]..<starts[character + 1]
            touched.removeAll(keepingCapacity: true)
            for slot in bucket {
                let key = Int(followerOf[slot])
                if followerCount[key] == 0 { touched.append(key) }
                followerCount[key] += 1
            }
            touched.sort()
            var next = bucket.lowerBound
            for key in touched {
                followers.append(key == idCount ? Self.fieldEnd : UInt32(key))
                runStarts.append(next)
                followerCursor[key] = next
                next += followerCount[key]
                followerCount[key] = 0
            }
            guard touched.count > 1 else { continue }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: output[bucket])
            for (offset, slot) in bucket.enumerated() {
                let key = Int(followerOf[slot])
                output[followerCursor[key]] = scratch[offset]
                followerCursor[key] += 1
            }
        }
        followerIndex[idCount] = followers.count
        runStarts.append(total)

        self.bmpIds = bmpIds
        self.astralIds = astralIds
        self.followerIndex = followerIndex
        self.followers = followers
        self.runStarts = runStarts
        self.positions = positions
    }

    var byteCount: Int {
        positions.count * 4 + followers.count * 12 + followerIndex.count * 8 + bmpIds.count * 4 + astralIds.count * 16
    }

    func id(of scalar: UInt32) -> Int? {
        let id = scalar < 0x10000 ? bmpIds[Int(scalar)] : astralIds[scalar] ?? -1
        return id >= 0 ? Int(id) : nil
    }

    /// Indices into `positions` of every occurrence of a character: one ascending run per
    /// following character.
    func runs(_ id: Int) -> [Range<Int>] {
        (followerIndex[id]..<followerIndex[id + 1]).map { runStarts[$0]..<runStarts[$0 + 1] }
    }

    /// Indices into `positions` of a character followed by another, positions ascending.
    func pairRange(_ first: Int, _ second: Int) -> Range<Int> {
        var low = followerIndex[first]
        var high = followerIndex[first + 1]
        let key = UInt32(second)
        while low < high {
            let middle = (low + high) / 2
            if followers[middle] < key { low = middle + 1 } else { high = middle }
        }
        guard low < followerIndex[first + 1], followers[low] == key else { return 0..<0 }
        return runStarts[low]..<runStarts[low + 1]
    }
}
