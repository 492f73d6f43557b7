/// Toneless pinyin syllables packed for fast prefix comparison: up to eight ASCII
/// letters in a `UInt64`, first letter in the lowest byte.
enum SyllablePacking {
    static func pack<C: Collection>(_ letters: C) -> UInt64 where C.Element == UInt8 {
        var packed: UInt64 = 0
        for (i, letter) in letters.prefix(8).enumerated() {
            packed |= UInt64(letter) << (8 * UInt64(i))
        }
        return packed
    }

    /// Number of leading letters two packed values share.
    @inline(__always)
    static func commonPrefixLength(_ a: UInt64, _ b: UInt64) -> Int {
        (a ^ b).trailingZeroBitCount >> 3
    }
}

/// The per-character reading table (one toneless syllable per Han character), decoded
/// once from `Generated/PinyinReadingTable.swift`.
///
/// Syllable codes are 1...N (index into `syllables` plus one); 0 means "no reading".
struct PinyinReadingTable: Sendable {
    static let shared = PinyinReadingTable()

    let syllables: [String]
    /// Indexed by syllable code; entry 0 is unused.
    let packedSyllables: [UInt64]
    /// Indexed by syllable code; entry 0 is 0.
    let syllableLengths: [UInt8]
    private let codes: [UInt16]
    private let codeByPacked: [UInt64: UInt16]
    /// Every non-empty prefix of every syllable, packed, with the codes of the
    /// syllables that start with it (contiguous, as the syllables are sorted).
    private let prefixes: [UInt64: Range<Int>]

    init() {
        let syllables = Self.syllableList.split(separator: " ").map(String.init)
        var packed: [UInt64] = [0]
        var lengths: [UInt8] = [0]
        var byPacked: [UInt64: UInt16] = [:]
        var prefixes: [UInt64: Range<Int>] = [:]
        for (i, syllable) in syllables.enumerated() {
            let letters = Array(syllable.utf8)
            let value = SyllablePacking.pack(letters)
            packed.append(value)
            lengths.append(UInt8(letters.count))
            byPacked[value] = UInt16(i + 1)
            let code = i + 1
            for length in 1...max(1, letters.count) {
                let prefix = SyllablePacking.pack(letters.prefix(length))
                let known = prefixes[prefix] ?? code..<code
                prefixes[prefix] = min(known.lowerBound, code)..<max(known.upperBound, code + 1)
            }
        }

        var digitValue = [UInt8](repeating: 0xFF, count: 128)
        for (i, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8.enumerated() {
            digitValue[Int(byte)] = UInt8(i)
        }
        var codes = [UInt16](repeating: 0, count: Self.codePointCount)
        var index = 0
        var high: UInt16?
        for byte in Self.encodedCodes.utf8 where byte < 128 && digitValue[Int(byte)] != 0xFF {
            let digit = UInt16(digitValue[Int(byte)])
            guard let h = high else {
                high = digit
                continue
            }
            if index < codes.count { codes[index] = h << 6 | digit }
            index += 1
            high = nil
        }

        self.syllables = syllables
        self.packedSyllables = packed
        self.syllableLengths = lengths
        self.codes = codes
        self.codeByPacked = byPacked
        self.prefixes = prefixes
    }

    /// Syllable code of a (simplified) Han character, 0 when it has no reading.
    @inline(__always)
    func code(for scalar: UInt32) -> UInt16 {
        let offset = Int(truncatingIfNeeded: scalar &- Self.firstCodePoint)
        return offset >= 0 && offset < codes.count ? codes[offset] : 0
    }

    /// Code of a packed syllable, or nil if the letters are not a whole syllable.
    func code(forPacked packed: UInt64) -> UInt16? {
        codeByPacked[packed]
    }

    /// Whether packed letters begin some syllable.
    func isSyllablePrefix(_ packed: UInt64) -> Bool {
        prefixes[packed] != nil
    }

    /// Codes of the syllables that start with packed letters, or nil if none does.
    func codes(withPrefix packed: UInt64) -> Range<Int>? {
        prefixes[packed]
    }

    func syllable(_ code: UInt16) -> String? {
        code >= 1 && Int(code) <= syllables.count ? syllables[Int(code) - 1] : nil
    }
}
