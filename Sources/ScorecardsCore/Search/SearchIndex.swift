/// Full-text search over a set of documents, built once, immutable, safe to share.
///
/// Matching: text and query are compared after NFC, Latin case folding, full-width →
/// half-width, traditional → simplified, and with all whitespace removed, so a query
/// matches with or without the spaces of the text (`党建引领 多元善治` and
/// `党建引领多元善治` find the same headline). A query of Latin letters (optionally mixed
/// with Han characters, spaces and apostrophes) is also read as pinyin: full syllables,
/// initials, or a mix, the last syllable possibly unfinished.
///
/// Ranking: headline hits, then body hits; within each, by `MatchTier`, then document
/// order; readings across words (`MatchTier.pinyinAcrossWords`) after all of those,
/// headlines first. Each hit is one field with every match in it.
///
/// Index: the normalised text of all fields in one buffer with each Han character's
/// reading stored beside it; character postings ordered by following character (so a
/// two-character query is one run of positions); syllable postings per field and per
/// pair of adjacent readings. See `SearchExecution` for how a query uses them.
public final class SearchIndex: Sendable {
    let storage: IndexStorage

    public init(documents: [SearchDocument]) {
        storage = IndexBuilder.build(documents)
    }

    /// An index without postings, for one search over documents already picked out (the
    /// library's candidates): each field is read through with the same matcher, which
    /// costs less than building postings for a single query. Same hits, same order.
    public init(scanning documents: [SearchDocument]) {
        storage = IndexBuilder.build(documents, scanning: true)
    }

    public var documents: [SearchDocument] { storage.documents }

    /// Approximate memory taken by the index's tables, in bytes, besides the documents.
    public var indexByteCount: Int { storage.tableByteCount }

    public func search(_ query: String) -> SearchResults {
        let compiled = CompiledQuery(query)
        let tiers = storage.fieldTiers(for: compiled)

        // Bucket by (headline or body, tier); scanning fields in order keeps document order.
        let tierCount = MatchTier.allCases.count
        var buckets = [[Int32]](repeating: [], count: 2 * tierCount)
        tiers.withUnsafeBufferPointer { tiers in
            for field in 0..<tiers.count where tiers[field] != IndexStorage.noTier {
                let section = storage.isHeadline(field) ? 0 : 1
                buckets[section * tierCount + Int(tiers[field])].append(Int32(field))
            }
        }
        var fields: [Int32] = []
        var fieldTiers: [UInt8] = []
        fields.reserveCapacity(buckets.reduce(0) { $0 + $1.count })
        fieldTiers.reserveCapacity(fields.capacity)
        for bucket in Self.bucketOrder {
            let members = buckets[bucket]
            fields.append(contentsOf: members)
            fieldTiers.append(contentsOf: repeatElement(UInt8(bucket % tierCount), count: members.count))
        }

        var seen = [Bool](repeating: false, count: storage.documents.count)
        var stops: [Int] = []
        for (position, field) in fields.enumerated() {
            let document = Int(storage.fieldDocument[Int(field)])
            if !seen[document] {
                seen[document] = true
                stops.append(position)
            }
        }
        let hits = SearchHits(storage: storage, query: compiled, fields: fields, tiers: fieldTiers)
        return SearchResults(query: query, hits: hits, documentStops: stops)
    }

    /// Buckets (section × tier count + tier) in ranking order: headlines then text for
    /// the ordinary tiers, then headlines then text for the weak one.
    private static let bucketOrder: [Int] = {
        let tiers = MatchTier.allCases
        let strong = tiers.filter { !$0.isWeak }, weak = tiers.filter(\.isWeak)
        return [strong, weak].flatMap { group in
            (0..<2).flatMap { section in group.map { section * tiers.count + $0.rawValue } }
        }
    }()
}

extension SearchIndex {
    /// Decodes the built-in reading, variant and word tables now rather than on first use,
    /// for callers that want to pay this (a few milliseconds) at a moment of their choosing.
    /// Safe to call from any thread, any number of times.
    public static func prepareTables() {
        _ = PinyinReadingTable.shared
        _ = SimplifiedVariantTable.shared
        _ = PinyinWordTable.shared
    }
}
