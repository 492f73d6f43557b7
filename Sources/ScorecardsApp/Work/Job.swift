import ScorecardsCore

/// The kinds of work done beside the event loop; at most one job of each kind is wanted at
/// a time, and a newer one supersedes the one before.
public enum JobSlot: Hashable, Sendable, CaseIterable {
    /// A search across the open issues (the dashboard's `/`, and `n` into another issue).
    case search
    /// A find in the article being read (the reader's `/`).
    case find
    /// The line count of the article being read (its position, line n of N).
    case measure
    /// The catalogue of the shown issue's figures, for the figures table.
    case figures
}

/// What a job is for: equal keys are the same work, so a job is never asked for twice.
public enum JobKey: Hashable, Sendable {
    case search(query: String, issue: Int, engine: ObjectIdentifier)
    case find(query: String, article: ArticleRef, engine: ObjectIdentifier)
    case measure(MeasureKey)
    case figures(FigureCatalogue.Key)

    public var slot: JobSlot {
        switch self {
        case .search: .search
        case .find: .find
        case .measure: .measure
        case .figures: .figures
        }
    }
}

/// Work an update asks for that may take longer than a key may wait for the screen to
/// answer (a search over a huge text or a thousand issues builds an index first; an article
/// of twenty thousand paragraphs takes seconds to measure, an issue of twenty thousand
/// figures a second to list). It runs beside the loop, or in line for `dump` and the key
/// scripts, and its result comes back as an event.
public struct Job: Equatable, Sendable {
    public let key: JobKey
    private let payload: Payload

    private enum Payload: Equatable, Sendable {
        case search(IssueSearch, query: String, issue: Int)
        case find(IssueSearch, query: String, article: ArticleRef)
        case measure(Article, MeasureKey)
        case figures(IssueDocument, Settings)
    }

    static func search(_ query: String, issue: Int, in engine: IssueSearch) -> Job {
        Job(key: .search(query: query, issue: issue, engine: ObjectIdentifier(engine)),
            payload: .search(engine, query: query, issue: issue))
    }

    static func find(_ query: String, in article: ArticleRef, engine: IssueSearch) -> Job {
        Job(key: .find(query: query, article: article, engine: ObjectIdentifier(engine)),
            payload: .find(engine, query: query, article: article))
    }

    static func measure(_ article: Article, _ key: MeasureKey) -> Job {
        Job(key: .measure(key), payload: .measure(article, key))
    }

    static func figures(_ issue: IssueDocument, settings: Settings) -> Job {
        Job(key: .figures(FigureCatalogue.Key(issue, settings)), payload: .figures(issue, settings))
    }

    /// Does the work: nil when `cancelled` stopped it. `progress` hears how much of how much
    /// is done, for work long enough to report it.
    public func run(cancelled: () -> Bool = { false }, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in })
        -> WorkResult? {
        switch payload {
        case .search(let engine, let query, let issue):
            return WorkResult(key: key, value: .outcome(engine.run(query, marksFor: issue)))
        case .find(let engine, let query, let article):
            let spans = engine.matches(query, issue: article.issue)[article]?.spans ?? []
            return WorkResult(key: key, value: .spans(spans))
        case .measure(let article, let measureKey):
            let total = article.paragraphs.count
            return ArticleMeasure.make(article, key: measureKey, cancelled: cancelled, progress: { progress($0, total) })
                .map { WorkResult(key: key, value: .measure($0)) }
        case .figures(let issue, let settings):
            return FigureCatalogue.make(issue, settings: settings, cancelled: cancelled)
                .map { WorkResult(key: key, value: .figures($0)) }
        }
    }
}

/// A job's result, as the event that brings it to the loop carries it.
public struct WorkResult: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case outcome(SearchOutcome)
        case spans([ArticleSpan])
        case measure(ArticleMeasure)
        // Boxed: a catalogue is many values wide, and events are passed around by value.
        indirect case figures(FigureCatalogue)
    }

    public var key: JobKey
    public var value: Value
}

/// How far a job has got.
public struct WorkProgress: Equatable, Sendable {
    public var key: JobKey
    public var done: Int
    public var total: Int

    public init(key: JobKey, done: Int, total: Int) {
        self.key = key
        self.done = done
        self.total = total
    }
}
