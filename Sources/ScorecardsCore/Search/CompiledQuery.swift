/// A query prepared once for matching: its normalised literal form and, for queries
/// that can be pinyin, its pinyin pattern.
struct CompiledQuery: Sendable {
    let text: String
    let literal: [UInt32]
    let pinyin: PinyinPattern?

    init(_ query: String) {
        text = query
        literal = TextNormalizer.normalize(query).scalars
        pinyin = literal.isEmpty ? nil : PinyinPattern(query: query)
    }
}
