/// The per-query work: find every field that matches and its best tier, without
/// computing match ranges (those are computed per hit, when a hit is looked at).
///
/// Literal matching (`LiteralSearch`) uses the character postings only; pinyin matching
/// (`PinyinSearch`) the syllable postings, and the text where a match may span three
/// or more characters. Results are kept per field (best tier so far), so once a field
/// has the best tier it can get, its other positions are skipped.
extension IndexStorage {
    static let noTier: UInt8 = 0xFF

    /// Best tier per field, `noTier` where the field does not match.
    func fieldTiers(for query: CompiledQuery) -> [UInt8] {
        var tiers = [UInt8](repeating: Self.noTier, count: fieldCount)
        guard !query.literal.isEmpty, fieldCount > 0 else { return tiers }
        tiers.withUnsafeMutableBufferPointer { tiers in
            if scanning {
                scan(query, into: tiers)
                return
            }
            matchLiteral(query.literal, into: tiers)
            if let pattern = query.pinyin {
                matchPinyin(pattern, into: tiers)
            }
        }
        return tiers
    }

    /// Without postings: each field read through, the literal compared at every place and
    /// the pinyin matcher run wherever a match may start.
    func scan(_ query: CompiledQuery, into tiers: UnsafeMutableBufferPointer<UInt8>) {
        let literal = query.literal
        let matcher = query.pinyin.map { PinyinMatcher(pattern: $0, storage: self) }
        let opening = query.pinyin.map { PinyinOpening(pattern: $0, readings: readings) }
        let bestPossible = query.pinyin.map { UInt8($0.bestTier.rawValue) } ?? 0
        let text = self.text.base
        for field in 0..<fieldCount {
            let start = fieldStart[field], end = fieldEnd(field)
            var best = Self.noTier
            if literal.count <= end - start {
                var position = start
                while position + literal.count <= end {
                    var k = 0
                    while k < literal.count && PackedText.scalar(text[position + k]) == literal[k] { k += 1 }
                    if k == literal.count {
                        let tier: MatchTier = position != start ? .substring : (end - start == literal.count ? .exact : .prefix)
                        best = min(best, UInt8(tier.rawValue))
                        break
                    }
                    position += 1
                }
            }
            if let matcher, let opening, best > bestPossible {
                let headline = isHeadline(field)
                for position in start..<end where opening.allows(text[position]) {
                    guard let found = matcher.match(at: position, end: end, abbreviationsAcrossWords: headline) else { continue }
                    best = min(best, UInt8(found.tier.rawValue))
                    if best <= bestPossible { break }
                }
            }
            tiers[field] = best
        }
    }
}
