import GRDB
import ScorecardsCore

/// Rebuilds `IssueDocument`s from the tables in a handful of queries (one per table, not one
/// per article), so that loading a thousand issues costs six scans rather than 100,000 lookups.
struct IssueReader {
    let db: Database
    let path: String

    /// The issues in `ids` (all when nil), newest issue date first.
    func documents(ids: [Int64]?) throws -> [(id: Int64, document: IssueDocument)] {
        let filter = ids.map { "WHERE id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        let articleFilter = ids.map { "WHERE issue_id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        let childFilter = ids.map { _ in "WHERE article_id IN (SELECT id FROM article \(articleFilter))" } ?? ""

        var sourceGroups = RowGroups<Int64, MetricSource>()
        let metricFilter = ids.map { _ in
            "WHERE metric_id IN (SELECT id FROM metric \(childFilter))"
        } ?? ""
        // A file not yet migrated to the figure fields (read while migrating) has none.
        let figureFields = try LibrarySchema.hasFigureFields(db)
        try Self.each(db, """
            SELECT metric_id, paragraph, span_start, span_end\(figureFields ? ", article" : "") FROM metric_source \(metricFilter)
            ORDER BY metric_id, position
            """) { row in
            let start: Int = row[2], end: Int = row[3]
            guard start <= end else { throw LibraryError.corrupt(path: path, detail: "a metric span ends before it starts") }
            sourceGroups.append(MetricSource(paragraph: row[1], span: start..<end, article: figureFields ? row[4] : nil),
                                to: row[0])
        }
        let sources = sourceGroups.finish()

        var metricGroups = RowGroups<Int64, Metric>()
        let figureColumns = figureFields
            ? ", kind, qualifiers, basis, period_start, period_end, per_year, period_date, scope, same_as" : ""
        try Self.each(db, """
            SELECT id, article_id, label, value, unit, change_percent, qualifier, year\(figureColumns) FROM metric \(childFilter)
            ORDER BY article_id, position
            """) { row in
            let id: Int64 = row[0]
            var metric = Metric(
                label: row[2], value: row[3], unit: row[4], changePercent: row[5], qualifier: row[6], year: row[7],
                sources: sources[id] ?? [])
            if figureFields {
                let kindText: String? = row[8]
                if let kindText {
                    guard let kind = MetricKind(rawValue: kindText) else {
                        throw LibraryError.corrupt(path: path, detail: "unknown metric kind “\(kindText)”")
                    }
                    metric.kind = kind
                }
                metric.qualifiers = Self.words(row[9]) ?? metric.qualifiers
                metric.basis = row[10]
                if let start: Int = row[11], let end: Int = row[12] {
                    metric.period = MetricPeriod(start: start, end: end, perYear: (row[13] as Int?) == 1, date: row[14])
                }
                metric.scope = Self.words(row[15]) ?? []
                metric.sameAs = row[16]
            }
            metricGroups.append(metric, to: row[1])
        }
        let metrics = metricGroups.finish()

        var headlines: [Int64: [String]] = [:]
        var paragraphGroups = RowGroups<Int64, String>()
        try Self.each(db, """
            SELECT article_id, field, body FROM passage \(childFilter) ORDER BY article_id, field
            """) { row in
            let articleID: Int64 = row[0], field: Int = row[1], body: String = row[2]
            if field < 0 {
                headlines[articleID] = Self.lines(body)
            } else {
                paragraphGroups.append(body, to: articleID)
            }
        }
        let paragraphs = paragraphGroups.finish()

        var articles: [Int64: [Int: [Article]]] = [:]
        try Self.each(db, """
            SELECT id, issue_id, scorecard_position, key, kind FROM article \(articleFilter)
            ORDER BY issue_id, scorecard_position, position
            """) { row in
            let id: Int64 = row[0], kindText: String = row[4]
            guard let kind = ArticleKind(rawValue: kindText) else {
                throw LibraryError.corrupt(path: path, detail: "unknown article kind “\(kindText)”")
            }
            let article = Article(id: row[3], kind: kind, headline: headlines[id] ?? [], paragraphs: paragraphs[id] ?? [],
                                  metrics: metrics[id] ?? [])
            articles[row[1], default: [:]][row[2], default: []].append(article)
        }

        var scorecards: [Int64: [Scorecard]] = [:]
        try Self.each(db, """
            SELECT issue_id, position, key, name, page, headline FROM scorecard \(articleFilter)
            ORDER BY issue_id, position
            """) { row in
            let issueID: Int64 = row[0], position: Int = row[1]
            scorecards[issueID, default: []].append(Scorecard(
                id: row[2], name: row[3], page: row[4], headline: Self.lines(row[5]),
                articles: articles[issueID]?[position] ?? []))
        }

        return try Row.fetchAll(db, sql: """
            SELECT id, title, publication, number, date, source FROM issue \(filter) ORDER BY date DESC, id DESC
            """).map { row in
            let id: Int64 = row[0]
            return (id, IssueDocument(title: row[1], publication: row[2], number: row[3], date: row[4], source: row[5],
                                      scorecards: scorecards[id] ?? []))
        }
    }

    /// Visits each row through a cursor: the rows of a thousand issues are never all in
    /// memory at once, only the model being built from them.
    private static func each(_ db: Database, _ sql: String, _ body: (Row) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() { try body(row) }
    }

    static func words(_ joined: String?) -> [String]? {
        guard let joined else { return nil }
        return joined.isEmpty ? [] : joined.split(separator: IssueWriter.listSeparator).map(String.init)
    }

    static func lines(_ joined: String) -> [String] {
        joined.isEmpty ? [] : joined.split(separator: IssueWriter.lineSeparator, omittingEmptySubsequences: false).map(String.init)
    }
}
