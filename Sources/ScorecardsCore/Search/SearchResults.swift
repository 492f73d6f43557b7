/// The hits for one query, ordered: every headline hit first, then every body hit;
/// within each, by tier, then in document order; readings across words
/// (`MatchTier.pinyinAcrossWords`) last, headlines first.
public struct SearchResults: Sendable {
    public let query: String
    public let hits: SearchHits
    /// For n/N navigation: the index into `hits` of each document's first hit, in hit
    /// order (so documents with a headline hit come first).
    public let documentStops: [Int]

    init(query: String, hits: SearchHits, documentStops: [Int]) {
        self.query = query
        self.hits = hits
        self.documentStops = documentStops
    }

    public var isEmpty: Bool { hits.isEmpty }

    /// Document indices in navigation order, one per document that has a hit.
    public var documents: [Int] {
        documentStops.map { hits.document(at: $0) }
    }
}

/// The hits as a collection. Ordering, documents, fields and tiers are known up front;
/// a hit's match ranges are computed when it is accessed, so a query that matches a
/// hundred thousand fields costs nothing for the hits that are never displayed.
public struct SearchHits: RandomAccessCollection, Sendable {
    let storage: IndexStorage
    let query: CompiledQuery
    let fields: [Int32]
    let tiers: [UInt8]

    public var startIndex: Int { 0 }
    public var endIndex: Int { fields.count }

    public subscript(position: Int) -> SearchHit {
        let field = Int(fields[position])
        return SearchHit(
            document: Int(storage.fieldDocument[field]),
            field: storage.searchField(field),
            ranges: storage.matchRanges(of: query, inField: field),
            tier: tier(at: position))
    }

    /// The document of hit `position`, without computing its ranges.
    public func document(at position: Int) -> Int {
        Int(storage.fieldDocument[Int(fields[position])])
    }

    /// The positions, in hit order, of the hits in documents `documents`, found from the
    /// fields alone: a document's fields are numbered consecutively, so this is a
    /// comparison per hit, without looking up any hit's document.
    public func positions(inDocuments documents: Range<Int>) -> [Int] {
        let firstField = storage.documentFirstField
        let lower = Swift.min(Swift.max(documents.lowerBound, 0), firstField.count - 1)
        let upper = Swift.min(Swift.max(documents.upperBound, lower), firstField.count - 1)
        let low = Int32(firstField[lower]), high = Int32(firstField[upper])
        guard low < high else { return [] }
        var found: [Int] = []
        fields.withUnsafeBufferPointer { fields in
            for position in 0..<fields.count where fields[position] >= low && fields[position] < high {
                found.append(position)
            }
        }
        return found
    }

    /// The field of hit `position`, without computing its ranges.
    public func field(at position: Int) -> SearchField {
        storage.searchField(Int(fields[position]))
    }

    /// The tier of hit `position`, without computing its ranges.
    public func tier(at position: Int) -> MatchTier {
        MatchTier(rawValue: Int(tiers[position])) ?? .initials
    }
}
