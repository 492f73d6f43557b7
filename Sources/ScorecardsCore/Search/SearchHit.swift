/// How well a field matched; lower is better.
///
/// Literal tiers (`exact`, `prefix`, `substring`) compare normalised text: the whole
/// field equals the query, starts with it, or contains it. Pinyin tiers apply to
/// queries made of Latin letters (optionally mixed with Han characters):
/// `pinyin` when every character is spelled out in full, except that the last one
/// may be partial once at least two characters match (typing in progress: `wuch`
/// for 武昌), and the characters spell whole words or lie inside one (`diqu`: 地区);
/// `initials` for everything else, such as `gs` or `jj`, or a single partial syllable
/// such as `gon`, which in a paragraph must lie inside one word (`zzzz` does not match
/// the 展综治中 of 开展综治中心; a headline's run of characters counts as one word);
/// `pinyinAcrossWords` for full syllables that join the end of one word to the start
/// of the next (`diqu` in 亮点区块): a reading nobody meant, ranked after every other
/// hit, in headlines and text alike.
public enum MatchTier: Int, Comparable, Sendable, CaseIterable {
    case exact, prefix, substring, pinyin, initials, pinyinAcrossWords

    public static func < (lhs: MatchTier, rhs: MatchTier) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Ranked after every hit of the other tiers, whether in a headline or not.
    var isWeak: Bool { self == .pinyinAcrossWords }
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
