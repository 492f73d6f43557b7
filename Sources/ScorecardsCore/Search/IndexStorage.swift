/// Everything the search engine keeps about a set of documents, built once.
///
/// All fields (headline lines, then paragraphs, document after document) are
/// normalised and concatenated into one buffer of `PackedText` elements, separated by
/// 0. `fieldStart[f]` is the first position of field f; `fieldStart[fieldCount]` is the
/// buffer's length, so field f ends (exclusive) at `fieldStart[f + 1] - 1`.
final class IndexStorage: Sendable {
    let documents: [SearchDocument]
    let text: FrozenBuffer<UInt32>
    let fieldStart: [Int]
    let fieldDocument: [Int32]
    /// Per field: headline line n as n, paragraph n as -1 - n.
    let fieldPlace: [Int32]
    /// Per document, its first field; one extra entry at the end.
    let documentFirstField: [Int]
    /// Normalised → original offsets for the fields where they differ.
    let sourceMaps: [Int: SourceMap]
    /// Second accepted reading, by buffer position, for ambiguous words.
    let alternates: [Int: UInt16]
    let postings: CharacterPostings
    let syllablePostings: SyllablePostings
    let readings: PinyinReadingTable
    /// No postings: every field is read through (`SearchExecution`).
    let scanning: Bool
    /// Per block of 2^`blockShift` positions, the field containing its first position, so
    /// that finding a position's field is one load and a step or two, in any order.
    private let fieldOfBlock: [Int32]
    private static let blockShift = 6

    init(
        documents: [SearchDocument], text: FrozenBuffer<UInt32>, fieldStart: [Int], fieldDocument: [Int32],
        fieldPlace: [Int32], documentFirstField: [Int], sourceMaps: [Int: SourceMap], alternates: [Int: UInt16],
        postings: CharacterPostings, syllablePostings: SyllablePostings, readings: PinyinReadingTable,
        scanning: Bool = false
    ) {
        self.scanning = scanning
        self.documents = documents
        self.text = text
        self.fieldStart = fieldStart
        self.fieldDocument = fieldDocument
        self.fieldPlace = fieldPlace
        self.documentFirstField = documentFirstField
        self.sourceMaps = sourceMaps
        self.alternates = alternates
        self.postings = postings
        self.syllablePostings = syllablePostings
        self.readings = readings
        var fieldOfBlock = [Int32](repeating: 0, count: text.count >> Self.blockShift + 1)
        var field = 0
        for block in fieldOfBlock.indices {
            let position = block << Self.blockShift
            while field + 1 < fieldStart.count - 1 && fieldStart[field + 1] <= position { field += 1 }
            fieldOfBlock[block] = Int32(field)
        }
        self.fieldOfBlock = fieldOfBlock
    }

    var fieldCount: Int { fieldDocument.count }

    @inline(__always)
    func fieldEnd(_ field: Int) -> Int { fieldStart[field + 1] - 1 }

    func searchField(_ field: Int) -> SearchField {
        let place = Int(fieldPlace[field])
        return place >= 0 ? .headline(line: place) : .body(paragraph: -1 - place)
    }

    @inline(__always)
    func isHeadline(_ field: Int) -> Bool {
        fieldPlace[field] >= 0
    }

    /// The field index of a document's field, or nil if it does not exist.
    func fieldIndex(document: Int, field: SearchField) -> Int? {
        guard documents.indices.contains(document) else { return nil }
        let base = documentFirstField[document]
        switch field {
        case .headline(let line):
            return documents[document].headline.indices.contains(line) ? base + line : nil
        case .body(let paragraph):
            guard documents[document].paragraphs.indices.contains(paragraph) else { return nil }
            return base + documents[document].headline.count + paragraph
        }
    }

    func originalText(document: Int, field: SearchField) -> String? {
        guard documents.indices.contains(document) else { return nil }
        switch field {
        case .headline(let line):
            return documents[document].headline.indices.contains(line) ? documents[document].headline[line] : nil
        case .body(let paragraph):
            return documents[document].paragraphs.indices.contains(paragraph) ? documents[document].paragraphs[paragraph] : nil
        }
    }

    /// The field containing `position` (a separator counts as the end of the field before it).
    @inline(__always)
    func field(containing position: Int) -> Int {
        var field = Int(fieldOfBlock[position >> Self.blockShift])
        while fieldStart[field + 1] <= position { field += 1 }
        return field
    }
}

extension IndexStorage {
    /// Approximate size of the index's own tables in bytes (the documents' text not included).
    var tableByteCount: Int {
        text.count * 4 + postings.byteCount + syllablePostings.byteCount
            + fieldStart.count * 8 + fieldDocument.count * 4 + fieldOfBlock.count * 4 + fieldPlace.count * 4
            + sourceMaps.values.reduce(0) { $0 + $1.starts.count * 8 } + alternates.count * 32
    }
}
