/// Pinyin-side postings, built from the readings stored in the text.
///
/// - fields by code: the fields where some character is read with a code, ascending. A
///   query spelled by one character (`gong`, `g`) is answered from these alone.
/// - pairs: positions of two adjacent Han characters, keyed densely by their two
///   readings, with a byte alongside (`PairFlags`): the first letter of the third
///   character's reading, and what the word rules need to know of the place. A query
///   spelled by two characters (`gongshui`, `gs`, `wuch`) is answered from these alone,
///   without reading the text; for longer ones they give where to run `PinyinMatcher`,
///   and the third letter rules most places out.
///
/// Second readings of ambiguous words are included under their own codes.
struct SyllablePostings: Sendable {
    /// `PairFlags.third` when the third character has a second reading: cannot rule out.
    static let anyThird: UInt8 = 0
    /// `PairFlags.third` when no Han character follows the pair.
    static let noThird: UInt8 = 0x1F

    /// Number of syllable codes, including the unused code 0.
    let codeCount: Int
    private let fieldOffsets: [Int]
    let fieldIds: FrozenBuffer<UInt32>
    /// Per key (first code × codeCount + second code): where its positions start; one extra at the end.
    private let pairOffsets: [Int32]
    let pairPositions: FrozenBuffer<UInt32>
    /// Per pair position: `PairFlags`.
    let pairFlags: FrozenBuffer<UInt8>

    /// `fieldPlace`: per field, its line in the headline (n ≥ 0) or paragraph (negative).
    init(text: UnsafeBufferPointer<UInt32>, fieldStart: [Int], fieldPlace: [Int32], alternates: [Int: UInt16],
         readings: PinyinReadingTable) {
        let codeCount = readings.packedSyllables.count
        self.codeCount = codeCount
        var collector = SyllablePostingsCollector(codeCount: codeCount, readings: readings, alternates: alternates)
        collector.run(text, fieldStart: fieldStart, fieldPlace: fieldPlace, placing: false)
        collector.prepareToPlace()
        collector.run(text, fieldStart: fieldStart, fieldPlace: fieldPlace, placing: true)
        fieldOffsets = collector.fieldCounts
        fieldIds = collector.fieldIds
        pairOffsets = collector.orderPairs()
        pairPositions = collector.pairPositions
        pairFlags = collector.pairThirds
    }

    var byteCount: Int {
        fieldIds.count * 4 + pairPositions.count * 5 + pairOffsets.count * 4 + fieldOffsets.count * 8
    }

    /// Indices into `fieldIds` of the fields where `code` is read.
    func fieldRange(_ code: Int) -> Range<Int> {
        guard code > 0 && code < codeCount else { return 0..<0 }
        return fieldOffsets[code]..<fieldOffsets[code + 1]
    }

    /// Indices into `pairPositions` of a character read `first` followed by one read
    /// with a code in `seconds`: one ascending run per second code, empty ones left out.
    func pairRuns(first: Int, seconds: Range<Int>) -> [Range<Int>] {
        guard first > 0 && first < codeCount, seconds.lowerBound > 0, seconds.upperBound <= codeCount else { return [] }
        let base = first * codeCount
        return seconds.compactMap { second in
            let run = Int(pairOffsets[base + second])..<Int(pairOffsets[base + second + 1])
            return run.isEmpty ? nil : run
        }
    }
}

/// The byte kept beside each pair position. Bits 0–4: the third character's initial as
/// `letter(_:)` codes it, `SyllablePostings.anyThird` or `SyllablePostings.noThird`.
/// Bits 5–7 answer the word rules for a match spelled by the pair alone, so that such a
/// query reads no text: whether the second character continues the first's word,
/// whether the pair is whole words (neither the first nor the third character continues
/// a word), and whether the pair is in a headline.
enum PairFlags {
    static let third: UInt8 = 0x1F
    static let insideOneWord: UInt8 = 0x20
    static let wholeWords: UInt8 = 0x40
    static let inHeadline: UInt8 = 0x80

    /// A letter a–z as 1–26; anything else as 30, which no syllable's initial is.
    @inline(__always)
    static func letter(_ ascii: UInt8) -> UInt8 {
        ascii >= 0x61 && ascii <= 0x7A ? ascii - 0x60 : 30
    }
}
