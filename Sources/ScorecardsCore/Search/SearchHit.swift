/// How well a field matched; lower is better.
///
/// Literal tiers (`exact`, `prefix`, `substring`) compare normalised text: the whole
/// field equals the query, starts with it, or contains it. Pinyin tiers apply to
/// queries made of Latin letters (optionally mixed with Han characters):
/// `pinyin` when every character is spelled out in full, except that the last one
/// may be partial once at least two characters match (typing in progress: `wuch`
/// for 武昌); `initials` for everything else, such as `gs` or `jj`, or a single
/// partial syllable such as `gon`.
public enum MatchTier: Int, Comparable, Sendable, CaseIterable {
    case exact, prefix, substring, pinyin, initials

    public static func < (lhs: MatchTier, rhs: MatchTier) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// One field of one document that matched, with every match inside it.
public struct SearchHit: Equatable, Sendable {
    /// Index into the documents the index was built from.
    public var document: Int
    public var field: SearchField
    /// Non-overlapping matches, in Unicode scalar offsets of the original field text.
    public var ranges: [Range<Int>]
    /// The best tier among the matches.
    public var tier: MatchTier

    public init(document: Int, field: SearchField, ranges: [Range<Int>], tier: MatchTier) {
        self.document = document
        self.field = field
        self.ranges = ranges
        self.tier = tier
    }
}
