import Foundation

/// A query read as pinyin: Latin letters (tone marks ignored, ü typed as v or ü),
/// optionally mixed with Han characters (`武chang`), with spaces and apostrophes
/// marking syllable boundaries (`xi'an`). Built once per query.
///
/// The query is a sequence of atoms, each a letter or a Han character. A match
/// consumes one text character per Han atom (the same character) and, for a run of
/// letters, one text character per non-empty prefix of that character's syllable.
struct PinyinPattern: Sendable {
    let count: Int
    /// Per atom: the Han scalar, or 0 for a letter.
    let han: [UInt32]
    /// Per letter atom: up to eight letters of its run starting there, packed.
    let letters: [UInt64]
    /// Per letter atom: letters left in its run (a segment may not cross a boundary).
    let runLength: [Int]
    /// Indexed 0...count: whether the atoms from there on can still be consumed.
    let canFinish: [Bool]
    /// The best tier any match can reach, so a field can stop early once it has it.
    let bestTier: MatchTier

    /// Nil when the query is not pinyin: it needs a letter and nothing but letters,
    /// Han characters, spaces and apostrophes.
    init?(query: String, readings: PinyinReadingTable = .shared) {
        var han: [UInt32] = []
        var letterBytes: [UInt8] = []
        var boundaryBefore: [Bool] = []
        var pendingBoundary = false
        for scalar in query.unicodeScalars {
            let value = scalar.value
            if value == 0x27 || value == 0x2018 || value == 0x2019 || value == 0xFF07 || scalar.properties.isWhitespace {
                pendingBoundary = true
                continue
            }
            if value == 0x308 {
                // A separately typed diaeresis turns a preceding u into ü.
                if letterBytes.last == UInt8(ascii: "u") { letterBytes[letterBytes.count - 1] = UInt8(ascii: "v") }
                continue
            }
            if (0x300...0x36F).contains(value) { continue }  // tone marks typed separately
            if let letter = Self.letter(scalar) {
                han.append(0)
                letterBytes.append(letter)
            } else {
                let folded = CharacterFolding.fold(scalar)
                if folded == CharacterFolding.removed { continue }
                guard Self.isHan(folded) else { return nil }
                han.append(folded)
                letterBytes.append(0)
            }
            boundaryBefore.append(pendingBoundary)
            pendingBoundary = false
        }
        guard letterBytes.contains(where: { $0 != 0 }) else { return nil }

        let count = han.count
        var runLength = [Int](repeating: 0, count: count)
        for j in stride(from: count - 1, through: 0, by: -1) where han[j] == 0 {
            let continues = j + 1 < count && han[j + 1] == 0 && !boundaryBefore[j + 1]
            runLength[j] = continues ? runLength[j + 1] + 1 : 1
        }
        var letters = [UInt64](repeating: 0, count: count)
        for j in 0..<count where han[j] == 0 {
            letters[j] = SyllablePacking.pack(letterBytes[j..<(j + min(runLength[j], 8))])
        }

        var canFinish = [Bool](repeating: false, count: count + 1)
        canFinish[count] = true
        for j in stride(from: count - 1, through: 0, by: -1) {
            if han[j] != 0 {
                canFinish[j] = canFinish[j + 1]
                continue
            }
            for length in 1...min(runLength[j], 6) where canFinish[j + length] {
                if readings.isSyllablePrefix(letters[j] & Self.mask(length)) {
                    canFinish[j] = true
                    break
                }
            }
        }
        guard canFinish[0] else { return nil }

        // Pinyin tier needs full syllables throughout, except a partial last one after another character.
        var clean = [Bool](repeating: false, count: count + 1)
        clean[0] = true
        var bestTier = MatchTier.initials
        for j in 0..<count where clean[j] {
            if han[j] != 0 {
                clean[j + 1] = true
                continue
            }
            for length in 1...min(runLength[j], 6) {
                let prefix = letters[j] & Self.mask(length)
                if readings.code(forPacked: prefix) != nil { clean[j + length] = true }
                if j > 0 && j + length == count && readings.isSyllablePrefix(prefix) { bestTier = .pinyin }
            }
        }
        if clean[count] { bestTier = .pinyin }

        self.count = count
        self.han = han
        self.letters = letters
        self.runLength = runLength
        self.canFinish = canFinish
        self.bestTier = bestTier
    }

    /// Whether a character read `syllable` can start a match.
    func canStart(withPacked syllable: UInt64, length: Int) -> Bool {
        guard han[0] == 0 else { return false }
        let shared = min(SyllablePacking.commonPrefixLength(syllable, letters[0]), length, runLength[0])
        guard shared > 0 else { return false }
        return (1...shared).contains { canFinish[$0] }
    }

    @inline(__always)
    static func mask(_ length: Int) -> UInt64 {
        length >= 8 ? ~0 : (1 << (8 * UInt64(length))) - 1
    }

    static func isHan(_ value: UInt32) -> Bool {
        (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x3FFFF).contains(value)
    }

    /// A pinyin letter a–z (ü as v) from plain, full-width or tone-marked Latin.
    private static func letter(_ scalar: Unicode.Scalar) -> UInt8? {
        var value = scalar.value
        if value >= 0xFF21 && value <= 0xFF5A { value -= 0xFEE0 }
        if value >= 0x41 && value <= 0x5A { return UInt8(value + 0x20) }
        if value >= 0x61 && value <= 0x7A { return UInt8(value) }
        guard (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value) else { return nil }
        // Tone-marked vowels: strip the marks; a diaeresis on u means ü.
        let parts = String(scalar).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
        guard let base = parts.first, base.value >= 0x61, base.value <= 0x7A else { return nil }
        if base == "u" && parts.contains("\u{308}") { return UInt8(ascii: "v") }
        return UInt8(base.value)
    }
}
