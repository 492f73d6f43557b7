// What one fuzz input drives, shared by the libFuzzer target (Tests/Fuzz/fuzz.sh compiles
// this file with the ScorecardsCore sources into one module, without SwiftPM) and by the
// regression tests, which replay every past finding through the same code.
//
// Input layout: the issue text, then optionally a NUL byte and search queries separated
// by NUL bytes. The parser refuses NUL bytes, so everything before the first NUL is what
// it reads. Building a search index costs about a millisecond even for one line (its
// pair table is sized by the syllable count squared), so only inputs that carry queries
// build one; the corpus and the dictionary hold such inputs.
//
// One input drives, in turn:
//  1. `IssuePeek.date(prefix:)` on the first 4 KiB, then `IssueParser.parse(bytes:)`
//     (decoding, line roles, the builder, and the metric extractor on every article),
//     then what the dashboard derives from a parsed issue: key figures with their
//     sparkline series, category groups, the printed figures and the JSON export;
//  2. `MetricExtractor.extract(paragraphs:reportYear:)` on the text decoded as UTF-8 and
//     split into lines, with a report year chosen by the first byte (including extremes,
//     which the public API accepts);
//  3. with queries: `SearchIndex(documents:)` over the parsed articles, or over the raw
//     lines when the parser refused the text, then `search(_:)` with each query, reading
//     every hit's ranges and snippet.

#if !SCORECARDS_FUZZ_ONE_MODULE
import ScorecardsCore
#endif

public enum FuzzInput {
    /// One fuzz input through everything below; the libFuzzer entry point
    /// (Tests/Fuzz/ScorecardsFuzz.swift) and the regression tests both call it.
    public static func exercise(_ bytes: [UInt8]) {
        let split = bytes.split(separator: 0, maxSplits: 4, omittingEmptySubsequences: false)
        let textBytes = Array(split.first ?? [])
        let text = String(decoding: textBytes, as: UTF8.self)
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).map(String.init)

        let queries = split.dropFirst().map { String(decoding: $0, as: UTF8.self) }
        var documents: [SearchDocument] = []

        // 1. The date peeked from a file's first bytes (choosing which of many files to open
        // first), then the parser and everything computed from a parsed issue.
        sink(IssuePeek.date(prefix: Array(textBytes.prefix(IssuePeek.prefixLength))))
        if let parsed = try? IssueParser.parse(bytes: textBytes) {
            let issue = parsed.issue
            let reportYear = issue.reportYear
            for card in issue.scorecards {
                derived(card, reportYear: reportYear)
            }
            sink(IssueExport.text(issue).utf8.count)
            documents = issue.allArticles.map {
                SearchDocument(id: $0.id, headline: $0.headline, paragraphs: $0.paragraphs)
            }
        }

        // 2. The metric extractor on raw lines, whatever the parser made of them.
        let years: [Int?] = [nil, 2017, Int.max, Int.min, 0, -1, 9999, 10000]
        let reportYear = years[Int(bytes.first ?? 0) % years.count]
        let metrics = MetricExtractor.extract(paragraphs: lines, reportYear: reportYear)
        let article = Article(id: "fuzz/0", kind: .lead, headline: [], paragraphs: lines, metrics: metrics)
        derived(Scorecard(id: "fuzz", name: "fuzz", page: nil, headline: [], articles: [article]), reportYear: reportYear)

        // 3. Search, when the input carries queries.
        guard !queries.isEmpty else { return }
        var rest = documents.isEmpty ? lines[...] : []
        while !rest.isEmpty {
            // Raw lines: two make a headline, the next three its paragraphs.
            let headline = Array(rest.prefix(2))
            rest = rest.dropFirst(headline.count)
            let paragraphs = Array(rest.prefix(3))
            rest = rest.dropFirst(paragraphs.count)
            documents.append(SearchDocument(id: "d\(documents.count)", headline: headline, paragraphs: paragraphs))
        }
        search(documents, queries)
    }

    /// What the dashboard's key-figures strip and figures table compute from a scorecard,
    /// including the numbers they print (`FigureFormat`).
    private static func derived(_ card: Scorecard, reportYear: Int?) {
        for figure in KeyFigures.select(from: card, reportYear: reportYear, limit: 8) {
            if let change = figure.metric.changePercent { sink(FigureFormat.change(change)) }
            if let values = figure.series?.values, let low = values.min(), let high = values.max() {
                sink(FigureFormat.number(low) + FigureFormat.number(high))
            }
        }
        for article in card.articles {
            for metric in article.metrics {
                if let change = metric.changePercent { sink(FigureFormat.change(change)) }
                if let prior = MetricSeries.derivedPrior(metric) { sink(FigureFormat.number(prior.value)) }
                sink(KeyFigures.asWritten(metric, in: article))
            }
            for group in MetricSeries.categoryGroups(paragraphs: article.paragraphs) {
                for item in group.items { sink(FigureFormat.number(item.value)) }
            }
        }
    }

    /// Builds an index and runs each query, reading every hit's ranges and snippet as the
    /// search command does.
    private static func search(_ documents: [SearchDocument], _ queries: [String]) {
        guard !documents.isEmpty else { return }
        let index = SearchIndex(documents: documents)
        for query in queries {
            let results = index.search(query)
            sink(results.documents.count)
            for hit in results.hits.prefix(16) {
                sink(results.highlightedSnippet(for: hit, width: 30).highlights.count)
            }
        }
    }

    /// Keeps results alive so the optimiser cannot drop the work that produced them.
    @inline(never)
    private static func sink<T>(_ value: T) {
        withExtendedLifetime(value) {}
    }
}
