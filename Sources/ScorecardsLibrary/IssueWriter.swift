import GRDB
import ScorecardsCore

/// Inserts one parsed issue into the open transaction: every field of the model, so that
/// `IssueReader` gives back an equal `IssueDocument`, and each passage's stored search text.
/// The stored text is staged (`SearchTextIndex`); `indexSearchText()` indexes what was
/// staged, and must run in the same transaction.
struct IssueWriter {
    let db: Database
    /// False to write only the tables of schema v1 (tests of migrations from old files).
    var storesSearchText = true

    struct FileFacts {
        var hash: String
        var path: String
        var byteCount: Int
        var importedAt: Double
    }

    /// Headline lines never contain a line feed (the parser splits on them), so joining by
    /// LF is lossless; an empty headline is stored as the empty string.
    static let lineSeparator: Character = "\n"

    /// Adds the stored search text staged by `insert` to the search index, in one statement.
    func indexSearchText() throws {
        try SearchTextIndex.indexStaged(db)
    }

    /// The stored search text of every passage of `issue`, in the order `insert` writes them.
    static func searchText(of issue: IssueDocument) -> [StoredSearchText] {
        issue.scorecards.flatMap(\.articles).flatMap { article in
            [StoredSearchText(lines: article.headline)] + article.paragraphs.map { StoredSearchText(lines: [$0]) }
        }
    }

    /// `search` is `searchText(of: issue)`, made beforehand (on another thread).
    func insert(_ issue: IssueDocument, file: FileFacts, search: [StoredSearchText] = []) throws -> Int64 {
        if storesSearchText { try SearchTextIndex.prepareStaging(db) }
        var search = search[...]
        let articles = issue.allArticles
        try db.cachedStatement(sql: """
            INSERT INTO issue (hash, path, byte_count, imported_at, title, publication, number, date, source,
                               article_count, metric_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                file.hash, file.path, file.byteCount, file.importedAt,
                issue.title, issue.publication, issue.number, issue.date, issue.source,
                articles.count, articles.reduce(0) { $0 + $1.metrics.count },
            ])
        let issueID = db.lastInsertedRowID
        let scorecard = try db.cachedStatement(sql: """
            INSERT INTO scorecard (issue_id, position, key, name, page, headline) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (position, card) in issue.scorecards.enumerated() {
            try scorecard.execute(arguments: [
                issueID, position, card.id, card.name, card.page, card.headline.joined(separator: String(Self.lineSeparator)),
            ])
            for (index, article) in card.articles.enumerated() {
                try insert(article, issueID: issueID, scorecardPosition: position, position: index, search: &search)
            }
        }
        return issueID
    }

    private func insert(_ article: Article, issueID: Int64, scorecardPosition: Int, position: Int,
                        search: inout ArraySlice<StoredSearchText>) throws {
        try db.cachedStatement(sql: """
            INSERT INTO article (issue_id, scorecard_position, position, key, kind) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [issueID, scorecardPosition, position, article.id, article.kind.rawValue])
        let articleID = db.lastInsertedRowID
        let passage = try db.cachedStatement(sql: "INSERT INTO passage (article_id, field, body) VALUES (?, ?, ?)")
        func store(_ lines: [String], field: Int) throws {
            try passage.execute(arguments: [articleID, field, lines.joined(separator: String(Self.lineSeparator))])
            guard storesSearchText else { return }
            try SearchTextIndex.stage(db, passage: db.lastInsertedRowID, search.popFirst() ?? StoredSearchText(lines: lines))
        }
        try store(article.headline, field: -1)
        for (index, paragraph) in article.paragraphs.enumerated() {
            try store([paragraph], field: index)
        }
        try insertMetrics(article.metrics, articleID: articleID)
    }

    /// The metrics of one stored article, with their sources. Into a file of a schema before
    /// the figure fields (v4) only the columns it has are written: the migration tests build
    /// such files with this writer, and the migration then works the fields out.
    func insertMetrics(_ metrics: [Metric], articleID: Int64) throws {
        let figureFields = try LibrarySchema.hasFigureFields(db)
        let metric = try db.cachedStatement(sql: figureFields ? """
            INSERT INTO metric (article_id, position, label, value, unit, change_percent, qualifier, year,
                                base_unit, normalized_value, kind, qualifiers, basis, period_start, period_end,
                                per_year, period_date, scope, same_as)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """ : """
            INSERT INTO metric (article_id, position, label, value, unit, change_percent, qualifier, year,
                                base_unit, normalized_value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let source = try db.cachedStatement(sql: figureFields ? """
            INSERT INTO metric_source (metric_id, position, paragraph, span_start, span_end, article) VALUES (?, ?, ?, ?, ?, ?)
            """ : """
            INSERT INTO metric_source (metric_id, position, paragraph, span_start, span_end) VALUES (?, ?, ?, ?, ?)
            """)
        for (index, figure) in metrics.enumerated() {
            let unit = figure.parsedUnit
            var arguments: StatementArguments = [
                articleID, index, figure.label, figure.value, figure.unit, figure.changePercent, figure.qualifier,
                figure.year, unit.base, figure.normalizedValue,
            ]
            if figureFields {
                arguments += [
                    figure.kind.rawValue, Self.joined(figure.qualifiers), figure.basis, figure.period?.start,
                    figure.period?.end, figure.period.map { $0.perYear ? 1 : 0 }, figure.period?.date,
                    Self.joined(figure.scope), figure.sameAs,
                ]
            }
            try metric.execute(arguments: arguments)
            let metricID = db.lastInsertedRowID
            for (place, where_) in figure.sources.enumerated() {
                var sourceArguments: StatementArguments = [metricID, place, where_.paragraph, where_.span.lowerBound, where_.span.upperBound]
                if figureFields { sourceArguments += [where_.article] }
                try source.execute(arguments: sourceArguments)
            }
        }
    }

    /// Qualifiers and scope words are short words without commas.
    static let listSeparator: Character = ","

    static func joined(_ words: [String]) -> String {
        words.joined(separator: String(listSeparator))
    }
}
