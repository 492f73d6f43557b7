/// Pinyin-side postings, built from the readings stored in the text.
///
/// - fields by code: the fields where some character is read with a code, ascending. A
///   query spelled by one character (`gong`, `g`) is answered from these alone.
/// - pairs: positions of two adjacent Han characters, keyed densely by their two
///   readings, with the first letter of the third character's reading alongside. A
///   query spelled by two characters (`gongshui`, `gs`, `wuch`) is answered from these
///   alone; for longer ones they give where to run `PinyinMatcher`, and the third letter
///   rules most places out without reading the text.
///
/// Second readings of ambiguous words are included under their own codes.
struct SyllablePostings: Sendable {
    /// `pairThirdInitial` value when the third character has a second reading: cannot rule out.
    static let anyThird: UInt8 = 0
    /// `pairThirdInitial` value when no Han character follows the pair.
    static let noThird: UInt8 = 0xFF

    /// Number of syllable codes, including the unused code 0.
    let codeCount: Int
    private let fieldOffsets: [Int]
    let fieldIds: FrozenBuffer<UInt32>
    /// Per key (first code × codeCount + second code): where its positions start; one extra at the end.
    private let pairOffsets: [Int32]
    let pairPositions: FrozenBuffer<UInt32>
    /// Per pair position: the third character's initial (a–z), `anyThird` or `noThird`.
    let pairThirdInitial: FrozenBuffer<UInt8>

    init(text: UnsafeBufferPointer<UInt32>, fieldStart: [Int], alternates: [Int: UInt16], readings: PinyinReadingTable) {
        let codeCount = readings.packedSyllables.count
        self.codeCount = codeCount
        var collector = SyllablePostingsCollector(codeCount: codeCount, readings: readings, alternates: alternates)
        collector.run(text, fieldStart: fieldStart, placing: false)
        collector.prepareToPlace()
        collector.run(text, fieldStart: fieldStart, placing: true)
        fieldOffsets = collector.fieldCounts
        fieldIds = collector.fieldIds
        pairOffsets = collector.orderPairs()
        pairPositions = collector.pairPositions
        pairThirdInitial = collector.pairThirds
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
