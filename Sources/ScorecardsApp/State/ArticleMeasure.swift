import ScorecardsCore
import ScorecardsText

/// What the wrapping of the reader's text depends on besides the text: the measure in
/// columns, how wide ambiguous characters are, and how punctuation is shown.
public struct ReaderGeometry: Hashable, Sendable {
    public var measure: Int
    public var ambiguous: AmbiguousWidth
    public var punctuation: PunctuationStyle

    public init(measure: Int, ambiguous: AmbiguousWidth, punctuation: PunctuationStyle) {
        self.measure = measure
        self.ambiguous = ambiguous
        self.punctuation = punctuation
    }

    func display(_ text: String) -> String { punctuation.apply(text) }
}

/// Which article a measure is of, and at which geometry.
public struct MeasureKey: Hashable, Sendable {
    /// `ReadingMemory.key` of the issue.
    public var issue: String
    public var article: String
    public var paragraphs: Int
    public var geometry: ReaderGeometry

    public init(issue: String, article: String, paragraphs: Int, geometry: ReaderGeometry) {
        self.issue = issue
        self.article = article
        self.paragraphs = paragraphs
        self.geometry = geometry
    }

    init(_ issue: IssueDocument, _ article: Article, _ geometry: ReaderGeometry) {
        self.init(issue: ReadingMemory.key(for: issue), article: article.id, paragraphs: article.paragraphs.count,
                  geometry: geometry)
    }
}

/// How many lines each paragraph of an article takes in the reader: the one thing about
/// its layout that needs the whole article (the position `line n of N`). Pages are laid out
/// without it; on a long article it is worked out beside the event loop, in pieces.
public struct ArticleMeasure: Equatable, Sendable {
    public let key: MeasureKey
    /// Lines before each paragraph, and after the last one at the end.
    private let before: [Int]

    init(key: MeasureKey, lineCounts: [Int]) {
        self.key = key
        var before = [0]
        before.reserveCapacity(lineCounts.count + 1)
        for count in lineCounts { before.append(before[before.count - 1] + count) }
        self.before = before
    }

    func linesBefore(paragraph p: Int) -> Int { before[max(0, min(p, before.count - 1))] }
    var totalLines: Int { before[before.count - 1] }

    /// Paragraphs measured between checks for cancellation and reports of progress.
    static let piece = 256

    /// Measures `article` at the key's geometry, a piece at a time: nil when `cancelled`
    /// says to stop; `progress` hears how many paragraphs are done.
    static func make(_ article: Article, key: MeasureKey, cancelled: () -> Bool = { false },
                     progress: (Int) -> Void = { _ in }) -> ArticleMeasure? {
        var counts: [Int] = []
        counts.reserveCapacity(article.paragraphs.count)
        for (p, paragraph) in article.paragraphs.enumerated() {
            if p % piece == 0, p > 0 {
                if cancelled() { return nil }
                progress(p)
            }
            counts.append(max(1, ReaderLayout.paragraphLines(paragraph, p, x: 0, geometry: key.geometry).count))
        }
        return ArticleMeasure(key: key, lineCounts: counts)
    }
}

/// The measures worked out lately, the newest last; a few are kept, so that going back to an
/// article does not measure it again.
public struct MeasureStore: Equatable, Sendable {
    private var measures: [ArticleMeasure] = []
    static let kept = 8

    public init() {}

    public subscript(key: MeasureKey) -> ArticleMeasure? { measures.last { $0.key == key } }

    mutating func insert(_ measure: ArticleMeasure) {
        measures.removeAll { $0.key == measure.key }
        measures.append(measure)
        if measures.count > Self.kept { measures.removeFirst(measures.count - Self.kept) }
    }
}
