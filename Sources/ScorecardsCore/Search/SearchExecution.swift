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
            matchLiteral(query.literal, into: tiers)
            if let pattern = query.pinyin {
                matchPinyin(pattern, into: tiers)
            }
        }
        return tiers
    }
}
