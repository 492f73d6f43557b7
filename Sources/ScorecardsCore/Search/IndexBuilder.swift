/// Builds `IndexStorage`: normalises the documents (`NormalizedCorpus`), then builds
/// the character and syllable postings, one on each of two cores; or, for a search run
/// once over documents already chosen (`scanning`), no postings at all.
enum IndexBuilder {
    static func build(_ documents: [SearchDocument], scanning: Bool = false) -> IndexStorage {
        let readings = PinyinReadingTable.shared
        let corpus = NormalizedCorpus(documents: documents, words: .shared, readings: readings)
        let text = corpus.text
        let fieldStart = corpus.fieldStart
        let alternates = corpus.alternates
        let fieldPlace = corpus.fieldPlace
        let (postings, syllables): (CharacterPostings, SyllablePostings)
        if scanning {
            let none = FrozenBuffer<UInt32>(zeroedCount: 0)
            postings = CharacterPostings(text: none.buffer)
            syllables = SyllablePostings(text: none.buffer, fieldStart: [0], fieldPlace: [], alternates: [:], readings: readings)
        } else {
            (postings, syllables) = Parallel.both(
                { CharacterPostings(text: text.buffer) },
                { SyllablePostings(text: text.buffer, fieldStart: fieldStart, fieldPlace: fieldPlace, alternates: alternates,
                                   readings: readings) })
        }
        return IndexStorage(
            documents: documents, text: text, fieldStart: fieldStart, fieldDocument: corpus.fieldDocument,
            fieldPlace: corpus.fieldPlace, documentFirstField: corpus.documentFirstField, sourceMaps: corpus.sourceMaps,
            alternates: alternates, postings: postings, syllablePostings: syllables, readings: readings, scanning: scanning)
    }
}
