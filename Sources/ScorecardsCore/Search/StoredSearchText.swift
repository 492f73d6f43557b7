/// What a store of passages (the library) keeps beside each passage so that a substring
/// index can find every passage a query may match; `SearchIndex` then decides over those
/// passages alone, so a search through the store and a search through a file agree hit
/// for hit: one normaliser, one reading of each character, one matcher.
///
/// Each column spells one character a cell between separators: spaces in the text
/// (` 武 昌 区 `; normalised text has no spaces), bars in the initials (`|w|c|q|`), slashes
/// in the syllables (`/wu/chang/qu/`). An index
/// of three-character substrings (SQLite FTS5's trigram tokenizer) then serves a
/// one-character query (` 武 `) and a two-character one (`武 昌`) as well as longer ones,
/// and no substring of one column can be one of the other's. The lines of a headline,
/// which the matcher takes as separate fields, are kept apart by a line feed.
public struct StoredSearchText: Equatable, Sendable {
    /// The normalised text (`TextNormalizer`): where a literal query is found.
    public var folded: String
    /// Per normalised character, the first letter of its reading as `SearchIndex` reads it
    /// in this place (word readings included); `.` for a character without one.
    public var initials: String
    /// The same readings whole, between slashes (`/gong/shui/`), so that a query spelled in
    /// syllables picks out the passages that have them, not every one with those initials.
    public var syllables: String
    /// Whether some character also has a second reading, which the columns do not hold, so
    /// that they cannot rule the passage out.
    public var ambiguous: Bool

    /// What the stored form depends on: its layout (raised by hand when the normaliser, the
    /// readings or the word rules change what they make) and the sizes of the generated
    /// tables. A store holding text of another fingerprint must make it again: the filter
    /// would otherwise look for trigrams the stored text does not have.
    public static let fingerprint: String = {
        let tables = [ChineseWordList.source, PinyinWordReadings.source, PinyinReadingTable.syllableList,
                      PinyinReadingTable.encodedCodes, SimplifiedVariantTable.encodedPairs]
        return "2/" + tables.map { String($0.utf8.count) }.joined(separator: "-")
    }()

    /// The stored form of a passage made of `lines` (a headline's lines, or one paragraph).
    public init(lines: [String]) {
        let document = SearchDocument(id: "", headline: lines, paragraphs: [])
        let chunk = NormalizedChunk(documents: [document], range: 0..<1, words: .shared, readings: .shared)
        let readings = PinyinReadingTable.shared
        // Written as UTF-8 bytes: appending scalars to a String one at a time cost more
        // than normalising and reading the text.
        var folded: [UInt8] = []
        var initials: [UInt8] = []
        var syllables: [UInt8] = []
        folded.reserveCapacity(chunk.text.count * 4 + 2)
        initials.reserveCapacity(chunk.text.count * 2 + 2)
        syllables.reserveCapacity(chunk.text.count * 5 + 2)
        var ambiguous = false
        for (field, start) in chunk.fieldStart.enumerated() {
            if field > 0 {
                folded.append(0x0A)
                initials.append(0x0A)
                syllables.append(0x0A)
            }
            folded.append(0x20)
            initials.append(Self.bar)
            syllables.append(Self.slash)
            var position = start
            while chunk.text[position] != PackedText.separator {
                let element = chunk.text[position]
                Self.appendUTF8(PackedText.scalar(element), to: &folded)
                folded.append(0x20)
                let code = PackedText.reading(element)
                initials.append(Self.initial(code, readings))
                initials.append(Self.bar)
                Self.appendSyllable(code, readings, to: &syllables)
                syllables.append(Self.slash)
                if element & PackedText.alternateFlag != 0, let second = chunk.alternates[position], Int(second) != code {
                    ambiguous = true
                }
                position += 1
            }
        }
        self.folded = String(decoding: folded, as: UTF8.self)
        self.initials = String(decoding: initials, as: UTF8.self)
        self.syllables = String(decoding: syllables, as: UTF8.self)
        self.ambiguous = ambiguous
    }

    private static func appendSyllable(_ code: Int, _ readings: PinyinReadingTable, to bytes: inout [UInt8]) {
        guard code != 0 else { return bytes.append(UInt8(ascii: ".")) }
        var packed = readings.packedSyllables[code]
        while packed != 0 {
            bytes.append(UInt8(truncatingIfNeeded: packed))
            packed >>= 8
        }
    }

    private static let bar = UInt8(ascii: "|")
    private static let slash = UInt8(ascii: "/")

    @inline(__always)
    private static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    private static func initial(_ code: Int, _ readings: PinyinReadingTable) -> UInt8 {
        code == 0 ? UInt8(ascii: ".") : UInt8(truncatingIfNeeded: readings.packedSyllables[code])
    }
}

/// What a passage's `StoredSearchText` must contain for `query` to match it in
/// `SearchIndex`: one of the patterns at least, and all of a pattern's substrings. Each
/// substring is a run of cells (` 经 济 `, `|g|s|`), so a trigram index answers a pattern
/// as the intersection of its substrings' trigrams; a passage outside every pattern's
/// intersection cannot match.
public struct StoredSearchFilter: Equatable, Sendable {
    public struct Pattern: Equatable, Sendable {
        public var substrings: [String]

        public init(_ substrings: [String]) {
            self.substrings = substrings
        }

        /// Every three-character piece of the substrings, each once, in order.
        public var trigrams: [String] {
            var seen: Set<String> = []
            var pieces: [String] = []
            for substring in substrings {
                let characters = Array(substring.unicodeScalars)
                guard characters.count >= 3 else { continue }
                for start in 0...(characters.count - 3) {
                    var piece = String.UnicodeScalarView()
                    piece.append(contentsOf: characters[start..<(start + 3)])
                    let text = String(piece)
                    if seen.insert(text).inserted { pieces.append(text) }
                }
            }
            return pieces
        }
    }

    public var patterns: [Pattern] = []
    /// Whether passages whose initials are ambiguous must be taken too (a pinyin query).
    public var includesAmbiguous = false

    /// At most this many spellings by initials; past it, only the first letters of each.
    static let spellingLimit = 64

    public init(query: String) {
        let compiled = CompiledQuery(query)
        guard !compiled.literal.isEmpty else { return }
        patterns.append(Pattern([Self.cells(compiled.literal, separator: " ")]))
        guard let pinyin = compiled.pinyin else { return }
        includesAmbiguous = true
        let han = pinyin.han.filter { $0 != 0 }
        if !han.isEmpty {
            // Han characters of the query stand in the text as they are.
            patterns.append(Pattern(han.map { Self.cells([$0], separator: " ") }))
            return
        }
        for segments in Self.spellings(pinyin) {
            patterns.append(Self.pattern(segments))
        }
    }

    private static func cells(_ scalars: [UInt32], separator: Unicode.Scalar) -> String {
        var text = String.UnicodeScalarView()
        text.append(separator)
        for value in scalars {
            text.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            text.append(separator)
        }
        return String(text)
    }

    /// A way of spelling the query, one segment of letters per character: the initials in a
    /// row (`|g|s|`), and each segment of two letters or more as the start of a syllable
    /// (`/go`, `/sh`), closed (`/gong/`) where no longer syllable starts with it, so that the
    /// character must read exactly that.
    private static func pattern(_ segments: [[UInt8]], readings: PinyinReadingTable = .shared) -> Pattern {
        var substrings = [cells(segments.map { UInt32($0[0]) }, separator: "|")]
        for segment in segments where segment.count >= 2 {
            var piece = "/" + String(decoding: segment, as: UTF8.self)
            let codes = readings.codes(withPrefix: SyllablePacking.pack(segment)) ?? 0..<0
            if !codes.contains(where: { Int(readings.syllableLengths[$0]) > segment.count }) { piece += "/" }
            substrings.append(piece)
        }
        return Pattern(substrings)
    }

    /// The ways of cutting the query's letters into characters: one segment (a syllable
    /// prefix within a run of letters) per character. When there are many, only the first
    /// segments of each, as few as it takes to stay within `spellingLimit`.
    static func spellings(_ pattern: PinyinPattern, readings: PinyinReadingTable = .shared) -> [[[UInt8]]] {
        let count = pattern.count
        for depth in stride(from: count, through: 1, by: -1) {
            var found: Set<[[UInt8]]> = []
            var visits = 0
            var overflow = false
            var spelled: [[UInt8]] = []
            func walk(_ atom: Int) {
                guard !overflow else { return }
                visits += 1
                if atom == count || spelled.count == depth {
                    found.insert(spelled)
                    if found.count > spellingLimit || visits > 20_000 { overflow = true }
                    return
                }
                for length in 1...min(6, pattern.runLength[atom]) where pattern.canFinish[atom + length] {
                    let packed = pattern.letters[atom] & PinyinPattern.mask(length)
                    guard readings.isSyllablePrefix(packed) else { continue }
                    // Segments cut short by the depth may be the start of a longer one.
                    let segment = (0..<length).map { UInt8(truncatingIfNeeded: packed >> (8 * UInt64($0))) }
                    spelled.append(spelled.count + 1 == depth && atom + length < count ? [segment[0]] : segment)
                    walk(atom + length)
                    spelled.removeLast()
                }
            }
            walk(0)
            if !overflow { return found.sorted { $0.lexicographicallyPrecedes($1) { $0.lexicographicallyPrecedes($1) } } }
        }
        return [[[UInt8(truncatingIfNeeded: pattern.letters[0])]]]
    }
}
