import Foundation
import GRDB

extension IssueLibrary {
    /// Passages (headlines and paragraphs) containing every whitespace-separated term of
    /// `query`, as substrings; ASCII letters match either case.
    ///
    /// Terms of three characters or more go through the FTS5 trigram index (as `LIKE`, which
    /// it answers from trigrams and then checks); results come in the order of the issues. A trigram index cannot look up one or two characters — most
    /// Chinese words — so those terms are matched by scanning the passages with `LIKE`: as a
    /// filter on the index's results when the query also has a long term, or on their own
    /// otherwise, in import order. A scan stops at `limit` hits, so common words are quick;
    /// a word found nowhere reads every passage (about 0.2 s for 1,000 issues, 41 MB). A
    /// bigram index would answer in under a millisecond but doubles the indexing cost of
    /// an import; at the library sizes expected the scan is the better trade.
    public func search(_ query: String, limit: Int = 50) throws(LibraryError) -> [LibraryHit] {
        let terms = query.precomposedStringWithCanonicalMapping
            .split(whereSeparator: \.isWhitespace).map(String.init)
        guard !terms.isEmpty, limit > 0 else { return [] }
        // The index serves LIKE only without an ESCAPE clause, so a term holding LIKE's own
        // wildcards goes the way of short terms: a scan that escapes them.
        let indexable = { (term: String) in term.unicodeScalars.count >= 3 && !term.contains("%") && !term.contains("_") }
        let long = terms.filter(indexable)
        let short = terms.filter { !indexable($0) }
        let shortFilter = short.map { _ in "p.body LIKE ? ESCAPE '\\'" }.joined(separator: " AND ")
        let shortArguments: [any DatabaseValueConvertible] = short.map { "%" + Self.escapeLike($0) + "%" }
        return try reading { db in
            if long.isEmpty {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT a.issue_id, i.date, a.key, p.field, p.body, i.number,
                           (SELECT h.body FROM passage h WHERE h.article_id = p.article_id AND h.field = -1)
                    FROM passage p JOIN article a ON a.id = p.article_id JOIN issue i ON i.id = a.issue_id
                    WHERE \(shortFilter) ORDER BY p.id LIMIT ?
                    """, arguments: StatementArguments(shortArguments + [limit]))
                return rows.map { row in Self.hit(row, snippet: SnippetMaker.snippet(row[4], terms: short)) }
            }
            // The trigram index answers LIKE for terms of three characters or more.
            let longFilter = long.map { _ in "passage_fts.body LIKE ?" }.joined(separator: " AND ")
            let longArguments: [any DatabaseValueConvertible] = long.map { "%" + $0 + "%" }
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.issue_id, i.date, a.key, p.field, p.body, i.number,
                       (SELECT h.body FROM passage h WHERE h.article_id = p.article_id AND h.field = -1)
                FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid
                     JOIN article a ON a.id = p.article_id JOIN issue i ON i.id = a.issue_id
                WHERE \(longFilter) \(short.isEmpty ? "" : "AND " + shortFilter)
                ORDER BY p.id LIMIT ?
                """, arguments: StatementArguments(longArguments + shortArguments + [limit]))
            return rows.map { row in Self.hit(row, snippet: SnippetMaker.snippet(row[4], terms: terms)) }
        }
    }

    private static func hit(_ row: Row, snippet: String) -> LibraryHit {
        let field: Int = row[3]
        let headline: String = row[6] ?? ""
        var hit = LibraryHit(issueID: row[0], issueDate: row[1], articleID: row[2],
                             field: field < 0 ? .headline : .paragraph(field), snippet: snippet)
        hit.issueNumber = row[5]
        hit.headline = headline.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return hit
    }

    /// `%`, `_` and the escape character itself taken literally in a LIKE pattern.
    static func escapeLike(_ term: String) -> String {
        var escaped = ""
        for character in term {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
