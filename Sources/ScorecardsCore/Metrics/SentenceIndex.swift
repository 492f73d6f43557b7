/// Where a paragraph's sentences start and where given words stand, found once, so that
/// each figure finds its sentence and the words before it in it by binary search. Scanning
/// back through the sentence for every figure made a sentence of n figures cost n².
struct SentenceIndex: Sendable {
    /// Indices of the scalars that end sentences, ascending.
    private let ends: [Int]
    private let count: Int
    private var words: [Word: [Int]] = [:]

    init(_ text: ScalarText, words watched: [Word] = []) {
        ends = text.scalars.indices.filter { text.scalars[$0].isSentenceEnd }
        count = text.count
        for word in watched where !word.isEmpty {
            words[word] = (0..<max(0, text.count - word.count + 1)).filter { text.matches(word, at: $0) }
        }
    }

    /// As `ScalarText.sentenceStart(before:)`: just after the last sentence end before `index`.
    func start(before index: Int) -> Int {
        let limit = min(index, count)
        let k = ends.partitionPoint { $0 < limit }
        return k > 0 ? ends[k - 1] + 1 : 0
    }

    /// True when `word` (one of those watched) stands wholly inside `range`.
    func contains(_ word: Word, in range: Range<Int>) -> Bool {
        guard let positions = words[word] else { return false }
        let k = positions.partitionPoint { $0 < range.lowerBound }
        return k < positions.count && positions[k] + word.count <= range.upperBound
    }
}
