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
        // Two passes, counting then placing, so each hit is written once into its final
        // place: a short query hits hundreds of thousands of fields at 10,000 issues.
        let tierCount = MatchTier.allCases.count
        var counts = [Int](repeating: 0, count: 2 * tierCount)
        var hitCount = 0
        let fieldPlace = storage.fieldPlace
        tiers.withUnsafeBufferPointer { tiers in
            fieldPlace.withUnsafeBufferPointer { place in
                counts.withUnsafeMutableBufferPointer { counts in
                    for field in 0..<tiers.count where tiers[field] != IndexStorage.noTier {
                        counts[(place[field] >= 0 ? 0 : tierCount) + Int(tiers[field])] += 1
                        hitCount += 1
                    }
                }
            }
        }
        var next = [Int](repeating: 0, count: 2 * tierCount)
        var offset = 0
        for bucket in Self.bucketOrder {
            next[bucket] = offset
            offset += counts[bucket]
        }
        var fieldTiers = [UInt8](repeating: 0, count: hitCount)
        fieldTiers.withUnsafeMutableBufferPointer { out in
            for bucket in Self.bucketOrder {
                let range = next[bucket]..<(next[bucket] + counts[bucket])
                UnsafeMutableBufferPointer(rebasing: out[range]).update(repeating: UInt8(bucket % tierCount))
            }
        }
        let fields = [Int32](unsafeUninitializedCapacity: hitCount) { out, initialized in
            tiers.withUnsafeBufferPointer { tiers in
                fieldPlace.withUnsafeBufferPointer { place in
                    next.withUnsafeMutableBufferPointer { next in
                        for field in 0..<tiers.count where tiers[field] != IndexStorage.noTier {
                            let bucket = (place[field] >= 0 ? 0 : tierCount) + Int(tiers[field])
                            out[next[bucket]] = Int32(field)
                            next[bucket] += 1
                        }
                    }
                }
            }
            initialized = hitCount
        }

        var seen = [Bool](repeating: false, count: storage.documents.count)
        var stops: [Int] = []
        storage.fieldDocument.withUnsafeBufferPointer { fieldDocument in
            seen.withUnsafeMutableBufferPointer { seen in
                fields.withUnsafeBufferPointer { fields in
                    for position in 0..<fields.count {
                        let document = Int(fieldDocument[Int(fields[position])])
                        if !seen[document] {
                            seen[document] = true
                            stops.append(position)
                        }
                    }
                }
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
