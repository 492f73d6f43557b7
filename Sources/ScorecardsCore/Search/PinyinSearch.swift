/// Pinyin matching: what `PinyinPlan` gives, from field lists to verified candidates.
extension IndexStorage {
    /// Candidates verified together; see `verifyInBatches`.
    static let batch = 64

    func matchPinyin(_ pattern: PinyinPattern, into tiers: UnsafeMutableBufferPointer<UInt8>) {
        let plan = PinyinPlan(pattern: pattern, storage: self)
        let bestPossible = UInt8(pattern.bestTier.rawValue)

        // One character spells the query: whole field lists.
        let fieldIds = syllablePostings.fieldIds.base
        for (code, tier) in plan.singles {
            let value = UInt8(tier.rawValue)
            for index in syllablePostings.fieldRange(code) {
                let field = Int(fieldIds[index])
                if value < tiers[field] { tiers[field] = value }
            }
        }

        // Two characters spell it: every position of these blocks is a match, subject to
        // the word rules, which the pair's flags decide (`PairFlags`): no text is read, and
        // a place the rules refuse costs no lookup of its field.
        let flags = syllablePostings.pairFlags.base
        for (block, kind) in plan.pairs {
            for index in block.range {
                let flag = flags[index]
                let found: MatchTier
                switch kind {
                case .clean:
                    found = flag & (PairFlags.insideOneWord | PairFlags.wholeWords) != 0 ? .pinyin : .pinyinAcrossWords
                case .abbreviated:
                    found = flag & PairFlags.insideOneWord != 0 ? .initials : .pinyinAcrossWords
                case .initialsOnly:
                    guard flag & (PairFlags.insideOneWord | PairFlags.inHeadline) != 0 else { continue }
                    found = .initials
                }
                let field = field(containing: Int(block.pointer[index]))
                let best = UInt8(found.rawValue)
                if best < tiers[field] { tiers[field] = best }
            }
        }
        guard !plan.candidates.isEmpty else { return }

        // Longer matches: run the matcher where one may start, in fields that can still improve.
        let matcher = PinyinMatcher(pattern: pattern, storage: self)
        let opening = PinyinOpening(pattern: pattern, readings: readings)
        verifyInBatches(plan.candidates, skip: { tiers[$0] <= bestPossible }) { position, field, element in
            guard opening.allows(element), tiers[field] > bestPossible,
                  let found = matcher.match(at: position, end: fieldStart[field + 1] - 1,
                                            abbreviationsAcrossWords: isHeadline(field)) else { return }
            let value = UInt8(found.tier.rawValue)
            if value < tiers[field] { tiers[field] = value }
        }
    }

    /// Walks `blocks`, skipping fields for which `skip` holds, and calls `verify` with
    /// each remaining position, its field and its text element. Positions are handled
    /// in batches whose text is loaded first, in a loop whose loads do not depend on
    /// each other and so overlap: the candidates are scattered over a large buffer, and
    /// one cache miss after another would dominate the time.
    private func verifyInBatches(
        _ blocks: [PositionBlock], skip: (Int) -> Bool, verify: (_ position: Int, _ field: Int, _ element: UInt32) -> Void
    ) {
        let text = self.text.base
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * Self.batch) { batch in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.batch) { elements in
                var pending = 0
                func flush() {
                    for i in 0..<pending { elements[i] = text[batch[2 * i]] }
                    for i in 0..<pending where !skip(batch[2 * i + 1]) {
                        verify(batch[2 * i], batch[2 * i + 1], elements[i])
                    }
                    pending = 0
                }
                walk(blocks) { position, field in
                    if skip(field) { return true }
                    batch[2 * pending] = position
                    batch[2 * pending + 1] = field
                    pending += 1
                    if pending == Self.batch { flush() }
                    return false
                }
                flush()
            }
        }
    }
}

/// Which characters can start a match of a pinyin pattern, decided from a text element
/// alone: the pattern's first Han character, or a reading that can take its first letters.
struct PinyinOpening {
    private let han: UInt32
    private let codes: [Bool]

    init(pattern: PinyinPattern, readings: PinyinReadingTable) {
        han = pattern.han[0]
        var codes = [Bool](repeating: false, count: readings.packedSyllables.count)
        if han == 0 {
            for code in 1..<codes.count {
                codes[code] = pattern.canStart(
                    withPacked: readings.packedSyllables[code], length: Int(readings.syllableLengths[code]))
            }
        }
        self.codes = codes
    }

    @inline(__always)
    func allows(_ element: UInt32) -> Bool {
        if han != 0 { return PackedText.scalar(element) == han }
        // A second reading is not in the element: let the matcher decide.
        return element & PackedText.alternateFlag != 0 || codes[PackedText.reading(element)]
    }
}
