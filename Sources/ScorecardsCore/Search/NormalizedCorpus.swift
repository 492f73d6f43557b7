/// All fields of all documents normalised into one text buffer, with each Han
/// character's reading stored next to it (see `PackedText`).
///
/// Documents are split into one run per core, normalised concurrently, then joined.
/// The buffer starts with a separator and every field is followed by one.
struct NormalizedCorpus {
    let text: FrozenBuffer<UInt32>
    /// Where each field starts, plus the buffer's length at the end.
    private(set) var fieldStart: [Int] = []
    private(set) var fieldDocument: [Int32] = []
    /// Headline line n as n, paragraph n as -1 - n.
    private(set) var fieldPlace: [Int32] = []
    /// Per document, its first field; plus the field count at the end.
    private(set) var documentFirstField: [Int] = []
    private(set) var sourceMaps: [Int: SourceMap] = [:]
    private(set) var alternates: [Int: UInt16] = [:]

    init(documents: [SearchDocument], words: PinyinWordTable, readings: PinyinReadingTable) {
        let chunkCount = min(Parallel.coreCount, max(1, documents.count / 256))
        let bounds = (0...chunkCount).map { documents.count * $0 / chunkCount }
        let chunks = Parallel.map(chunkCount) { index in
            NormalizedChunk(documents: documents, range: bounds[index]..<bounds[index + 1], words: words, readings: readings)
        }

        text = FrozenBuffer(zeroedCount: chunks.reduce(1) { $0 + $1.text.count })
        let output = text.writableBuffer()
        var textCount = 1
        for (index, chunk) in chunks.enumerated() {
            let textBase = textCount
            let fieldBase = fieldDocument.count
            _ = UnsafeMutableBufferPointer(rebasing: output[textBase...]).initialize(from: chunk.text)
            textCount += chunk.text.count
            fieldStart.append(contentsOf: chunk.fieldStart.map { $0 + textBase })
            fieldDocument.append(contentsOf: chunk.fieldDocument.map { $0 + Int32(bounds[index]) })
            fieldPlace.append(contentsOf: chunk.fieldPlace)
            documentFirstField.append(contentsOf: chunk.documentFirstField.map { $0 + fieldBase })
            for (field, map) in chunk.sourceMaps { sourceMaps[field + fieldBase] = map }
            for (position, code) in chunk.alternates { alternates[position + textBase] = code }
        }
        documentFirstField.append(fieldDocument.count)
        fieldStart.append(textCount)
    }
}

/// A run of documents normalised into text with readings; positions, fields and
/// documents are numbered from 0 within the run.
struct NormalizedChunk: Sendable {
    /// Fields, each followed by a separator.
    var text: [UInt32] = []
    var fieldStart: [Int] = []
    var fieldDocument: [Int32] = []
    var fieldPlace: [Int32] = []
    var documentFirstField: [Int] = []
    var sourceMaps: [Int: SourceMap] = [:]
    var alternates: [Int: UInt16] = [:]

    init(documents: [SearchDocument], range: Range<Int>, words: PinyinWordTable, readings: PinyinReadingTable) {
        var estimate = 0
        for document in documents[range] {
            for line in document.headline { estimate += line.utf8.count / 3 + 1 }
            for paragraph in document.paragraphs { estimate += paragraph.utf8.count / 3 + 1 }
        }
        text.reserveCapacity(estimate + estimate / 8)
        for (local, document) in documents[range].enumerated() {
            documentFirstField.append(fieldDocument.count)
            let headlineCount = document.headline.count
            for (place, fieldText) in (document.headline + document.paragraphs).enumerated() {
                fieldPlace.append(place < headlineCount ? Int32(place) : Int32(headlineCount - place - 1))
                let normalized = TextNormalizer.normalize(fieldText)
                let field = fieldDocument.count
                let start = text.count
                fieldStart.append(start)
                fieldDocument.append(Int32(local))
                if let map = normalized.sourceMap { sourceMaps[field] = map }
                text.append(contentsOf: normalized.scalars)
                let end = text.count
                text.append(PackedText.separator)
                applyReadings(start: start, end: end, words: words, readings: readings)
                markWords(start: start, end: end, segmenter: .shared)
            }
        }
    }

    /// Stores each Han character's reading: left to right, a listed word (longest first)
    /// gives its characters' readings; other characters get their default reading.
    private mutating func applyReadings(start: Int, end: Int, words: PinyinWordTable, readings: PinyinReadingTable) {
        var alternates = self.alternates
        self.alternates = [:]
        defer { self.alternates = alternates }
        text.withUnsafeMutableBufferPointer { buffer in
            var index = start
            while index < end {
                let scalar = buffer[index]
                if words.mayStartWord(scalar),
                   let word = words.longestWord(in: UnsafeBufferPointer(buffer), at: index, end: end, mask: PackedText.scalarMask) {
                    for k in 0..<word.scalars.count {
                        let position = index + k
                        let primary = word.primary[k]
                        buffer[position] = PackedText.withReading(buffer[position], primary)
                        let second = word.alternate[k]
                        if second != 0 && second != primary {
                            buffer[position] |= PackedText.alternateFlag
                            alternates[position] = second
                        }
                    }
                    index += word.scalars.count
                } else {
                    let code = readings.code(for: scalar)
                    if code != 0 { buffer[index] = PackedText.withReading(scalar, code) }
                    index += 1
                }
            }
        }
    }

    /// Marks the characters that continue a word (`WordSegmenter`).
    private mutating func markWords(start: Int, end: Int, segmenter: WordSegmenter) {
        text.withUnsafeMutableBufferPointer { buffer in
            var index = start
            while index < end {
                let length = segmenter.wordLength(in: buffer, at: index, end: end, mask: PackedText.scalarMask)
                for k in 1..<length { buffer[index + k] |= PackedText.wordContinues }
                index += length
            }
        }
    }
}
