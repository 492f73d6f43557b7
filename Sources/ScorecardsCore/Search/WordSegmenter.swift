/// Where the words of Chinese text are, for the pinyin rules that depend on them: an
/// abbreviation (`jj`, `gs`) is accepted only inside one word, and a reading that joins
/// the end of one word to the start of the next (`diqu` in 亮点区块) ranks below one
/// that spells whole words (地区).
///
/// Forward maximum matching: at each character, the longest listed word of two to four
/// ideographs that starts there, else the character alone. The words are jieba's
/// (`Generated/ChineseWordList.swift`) and those of `PinyinWordReadings`. Decoded once,
/// on the first search, into an open-addressing set of words packed into `UInt64`s.
struct WordSegmenter: Sendable {
    static let shared = WordSegmenter(list: ChineseWordList.source, extra: PinyinWordTable.shared.wordScalars)
    static let maximumLength = 4

    /// Packed words (`key`); 0 marks an empty slot.
    private let slots: [UInt64]
    private let shift: UInt64
    /// One bit per code point of U+3400..<U+A000 that starts some word.
    private let firstBits: [UInt64]
    /// Bloom-style filters, by hashed key: the first two characters of some word
    /// (`pairBits`), of some word of three or four (`longPairBits`), the first three of a
    /// word of four (`tripleBits`). A clear bit rules a lookup out without touching the
    /// word set, which is larger than the caches: most places in a text start no word of
    /// three or four, and many start none at all.
    private let pairBits: [UInt64]
    private let longPairBits: [UInt64]
    private let tripleBits: [UInt64]
    let wordCount: Int

    init(list: String, extra: [[UInt32]]) {
        var words: [UInt64] = []
        words.reserveCapacity(ChineseWordList.wordCount + extra.count)
        var first: UInt32 = 0
        var current: UInt64 = 0
        var length = 0
        var atLineStart = true
        func finish() {
            if length >= 1 && length < Self.maximumLength { words.append(UInt64(first - Self.base + 1) | current) }
            current = 0
            length = 0
        }
        for scalar in list.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                finish()
                atLineStart = true
            case 0x20:
                if atLineStart { atLineStart = false } else { finish() }
            default:
                let value = scalar.value
                guard value >= Self.base && value < Self.limit else { continue }
                if atLineStart {
                    first = value
                } else if length < Self.maximumLength - 1 {
                    length += 1
                    current |= UInt64(value - Self.base + 1) << (16 * UInt64(length))
                } else {
                    length = Self.maximumLength  // too long: dropped by finish()
                }
            }
        }
        finish()
        for word in extra where (2...Self.maximumLength).contains(word.count) {
            guard let key = Self.key(word[...]) else { continue }
            words.append(key)
        }

        var capacity = 1
        var bits: UInt64 = 0
        while capacity < words.count * 2 {
            capacity <<= 1
            bits += 1
        }
        var slots = [UInt64](repeating: 0, count: capacity)
        var pairBits = [UInt64](repeating: 0, count: Self.filterWords)
        var longPairBits = [UInt64](repeating: 0, count: Self.filterWords)
        var tripleBits = [UInt64](repeating: 0, count: Self.filterWords)
        var firstBits = [UInt64](repeating: 0, count: Int(Self.limit - Self.base) / 64 + 1)
        let shift = 64 - max(bits, 1)
        var count = 0
        for word in words {
            var slot = Int(truncatingIfNeeded: (word &* Self.multiplier) >> shift)
            while slots[slot] != 0 && slots[slot] != word { slot = (slot + 1) & (capacity - 1) }
            if slots[slot] == 0 {
                slots[slot] = word
                count += 1
            }
            let offset = Int(word & 0xFFFF) - 1
            firstBits[offset >> 6] |= 1 << UInt64(offset & 63)
            let length = word >> 48 != 0 ? 4 : word >> 32 != 0 ? 3 : word >> 16 != 0 ? 2 : 1
            if length >= 2 { Self.set(&pairBits, word & 0xFFFF_FFFF) }
            if length >= 3 { Self.set(&longPairBits, word & 0xFFFF_FFFF) }
            if length == 4 { Self.set(&tripleBits, word & 0xFFFF_FFFF_FFFF) }
        }
        self.pairBits = pairBits
        self.longPairBits = longPairBits
        self.tripleBits = tripleBits
        self.slots = slots
        self.shift = shift
        self.firstBits = firstBits
        self.wordCount = count
    }

    private static let base: UInt32 = 0x3400
    private static let limit: UInt32 = 0xA000
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// Each filter is 2^21 bits (256 KB).
    private static let filterShift: UInt64 = 64 - 21
    private static let filterWords = 1 << (21 - 6)

    private static func set(_ bits: inout [UInt64], _ key: UInt64) {
        let bit = Int(truncatingIfNeeded: (key &* multiplier) >> filterShift)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    private static func test(_ bits: [UInt64], _ key: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: (key &* multiplier) >> filterShift)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// A word of ideographs in U+3400..<U+A000 packed, each as its offset from U+3400 plus
    /// one (so that no word packs to 0); nil for anything else.
    private static func key(_ scalars: ArraySlice<UInt32>) -> UInt64? {
        var key: UInt64 = 0
        for (k, value) in scalars.enumerated() {
            guard value >= base && value < limit else { return nil }
            key |= UInt64(value - base + 1) << (16 * UInt64(k))
        }
        return key
    }

    @inline(__always)
    private func contains(_ key: UInt64) -> Bool {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* Self.multiplier) >> shift)
        while true {
            let found = slots[slot]
            if found == key { return true }
            if found == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// The length of the word that starts at `index` of `text` (elements masked with
    /// `mask`), at most `end - index`: 1 when no listed word starts there.
    @inline(__always)
    func wordLength(in text: UnsafeMutableBufferPointer<UInt32>, at index: Int, end: Int, mask: UInt32) -> Int {
        let first = text[index] & mask
        guard first >= Self.base && first < Self.limit else { return 1 }
        let offset = Int(first - Self.base)
        guard firstBits[offset >> 6] & (1 << UInt64(offset & 63)) != 0 else { return 1 }
        var keys: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var key = UInt64(offset + 1)
        var length = 1
        while length < Self.maximumLength && index + length < end {
            let value = text[index + length] & mask
            guard value >= Self.base && value < Self.limit else { break }
            key |= UInt64(value - Self.base + 1) << (16 * UInt64(length))
            length += 1
            switch length {
            case 2: keys.0 = key
            case 3: keys.1 = key
            default: keys.2 = key
            }
        }
        guard length >= 2, Self.test(pairBits, keys.0) else { return 1 }
        if length >= 3 && Self.test(longPairBits, keys.0) {
            if length >= 4 && Self.test(tripleBits, keys.1) && contains(keys.2) { return 4 }
            if contains(keys.1) { return 3 }
        }
        return contains(keys.0) ? 2 : 1
    }
}
