import GRDB
import ScorecardsCore

/// Inserts one parsed issue into the open transaction: every field of the model, so that
/// `IssueReader` gives back an equal `IssueDocument`, and each passage's stored search text.
/// Passages inserted must be added to the search index with `indexSearchText(after:)` in the
/// same transaction: the index's delete trigger assumes every passage is indexed, and
/// reports the library damaged otherwise.
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

    /// The largest passage id so far: passages above it are the ones `indexSearchText` adds.
    func lastPassageID() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(id) FROM passage") ?? 0
    }

    /// Adds the stored search text of the passages inserted after `lastPassageID` to the
    /// search index, in one statement (see `SearchTextMigration` for why not by trigger).
    func indexSearchText(after lastPassageID: Int64) throws {
        try db.execute(
            sql: "INSERT INTO passage_search(rowid, folded, initials) SELECT id, folded, initials FROM passage_text WHERE id > ?",
            arguments: [lastPassageID])
    }

    /// The stored search text of every passage of `issue`, in the order `insert` writes them.
    static func searchText(of issue: IssueDocument) -> [StoredSearchText] {
        issue.scorecards.flatMap(\.articles).flatMap { article in
            [StoredSearchText(lines: article.headline)] + article.paragraphs.map { StoredSearchText(lines: [$0]) }
        }
    }

    /// `search` is `searchText(of: issue)`, made beforehand (on another thread).
    func insert(_ issue: IssueDocument, file: FileFacts, search: [StoredSearchText] = []) throws -> Int64 {
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
        let text = storesSearchText
            ? try db.cachedStatement(sql: "INSERT INTO passage_text (id, folded, initials, ambiguous) VALUES (?, ?, ?, ?)") : nil
        func store(_ lines: [String], field: Int) throws {
            try passage.execute(arguments: [articleID, field, lines.joined(separator: String(Self.lineSeparator))])
            guard let text else { return }
            let form = search.popFirst() ?? StoredSearchText(lines: lines)
            try text.execute(arguments: [db.lastInsertedRowID, form.folded, form.initials, form.ambiguous])
        }
        try store(article.headline, field: -1)
        for (index, paragraph) in article.paragraphs.enumerated() {
            try store([paragraph], field: index)
        }
        let metric = try db.cachedStatement(sql: """
            INSERT INTO metric (article_id, position, label, value, unit, change_percent, qualifier, year,
                                base_unit, normalized_value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let source = try db.cachedStatement(sql: """
            INSERT INTO metric_source (metric_id, position, paragraph, span_start, span_end) VALUES (?, ?, ?, ?, ?)
            """)
        for (index, figure) in article.metrics.enumerated() {
            let unit = figure.parsedUnit
            try metric.execute(arguments: [
                articleID, index, figure.label, figure.value, figure.unit, figure.changePercent, figure.qualifier,
                figure.year, unit.base, figure.normalizedValue,
            ])
            let metricID = db.lastInsertedRowID
            for (place, where_) in figure.sources.enumerated() {
                try source.execute(arguments: [metricID, place, where_.paragraph, where_.span.lowerBound, where_.span.upperBound])
            }
        }
    }
}
