import Foundation
import GRDB
import ScorecardsCore

extension IssueLibrary {
    /// The hits of `query` in every stored issue, exactly as a search of the same issues
    /// opened from files finds them (`SearchIndex`): the same matching (normalised text,
    /// pinyin and initials), the same hits in the same order, the same snippets.
    ///
    /// The index over each passage's `StoredSearchText` gives every passage the query may
    /// match (`StoredSearchFilter`: one trigram query per pattern); `SearchIndex` then
    /// matches, ranks and cuts snippets over those passages alone (reading them through,
    /// as postings would cost more than they save for one query), their articles in the
    /// order the dashboard shows the library's issues (oldest first). At most `limit` hits.
    public func search(_ query: String, limit: Int = 50) throws(LibraryError) -> [LibraryHit] {
        let filter = StoredSearchFilter(query: query)
        guard limit > 0, !filter.patterns.isEmpty else { return [] }
        let (candidates, issues) = try reading { db in
            var passages: [Int64: CandidatePassage] = [:]
            // Each candidate with what a hit needs of its article; `s` gives passage ids as rowid.
            func select(from source: String) -> String {
                """
                SELECT p.id, p.field, p.body, a.id, a.key, a.issue_id, a.scorecard_position, a.position,
                       (SELECT h.body FROM passage h WHERE h.article_id = a.id AND h.field = -1)
                FROM \(source) JOIN passage p ON p.id = s.rowid JOIN article a ON a.id = p.article_id
                """
            }
            func collect(_ sql: String, _ arguments: StatementArguments) throws {
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    guard passages[id] == nil else { continue }
                    passages[id] = CandidatePassage(
                        field: row[1], body: row[2], article: row[3], articleKey: row[4], issue: row[5],
                        scorecardPosition: row[6], position: row[7], headline: row[8] ?? "")
                }
            }
            for pattern in filter.patterns {
                try collect(select(from: "passage_search s") + " WHERE s.passage_search MATCH ?",
                            [SearchTextIndex.match(pattern)])
            }
            if filter.includesAmbiguous {
                try collect(select(from: "(SELECT id AS rowid FROM passage_ambiguous) s"), [])
            }
            var issues: [Int64: (date: String?, number: String?)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, date, number FROM issue") { issues[row[0]] = (row[1], row[2]) }
            return (passages, issues)
        }
        guard !candidates.isEmpty else { return [] }

        // Articles in the dashboard's order of the library: oldest issue first (undated
        // first), equal dates newest import first; then scorecard and article order.
        let byArticle = Dictionary(grouping: candidates.values, by: \.article)
        let articles = byArticle.values.map { $0[0] }.sorted { a, b in
            let da = issues[a.issue]?.date ?? "", db = issues[b.issue]?.date ?? ""
            if da != db { return da < db }
            if a.issue != b.issue { return a.issue > b.issue }
            return (a.scorecardPosition, a.position) < (b.scorecardPosition, b.position)
        }
        var documents: [SearchDocument] = []
        var paragraphIndex: [[Int]] = []
        for article in articles {
            let passages = byArticle[article.article, default: []].sorted { $0.field < $1.field }
            let headline = passages.first { $0.field < 0 }.map { IssueReader.lines($0.body) } ?? []
            let paragraphs = passages.filter { $0.field >= 0 }
            documents.append(SearchDocument(id: article.articleKey, headline: headline, paragraphs: paragraphs.map(\.body)))
            paragraphIndex.append(paragraphs.map(\.field))
        }

        let results = SearchIndex(scanning: documents).search(query)
        var headlines: [Int: [String]] = [:]
        var hits: [LibraryHit] = []
        for hit in results.hits.prefix(limit) {
            let article = articles[hit.document]
            let snippet = results.highlightedSnippet(for: hit, width: Self.snippetWidth)
            let field: LibraryHit.Field = switch hit.field {
            case .headline: .headline
            case .body(let paragraph): .paragraph(paragraphIndex[hit.document][paragraph])
            }
            var found = LibraryHit(issueID: article.issue, issueDate: issues[article.issue]?.date ?? nil,
                                   articleID: article.articleKey, field: field, snippet: snippet.text)
            found.highlights = snippet.highlights
            found.tier = hit.tier
            found.issueNumber = issues[article.issue]?.number ?? nil
            found.headline = headlines[hit.document] ?? IssueReader.lines(article.headline)
            headlines[hit.document] = found.headline
            hits.append(found)
        }
        return hits
    }

    /// Characters of context in a hit's snippet, as `scorecards search` shows for a file.
    public static let snippetWidth = 30
}

/// A passage the index says may match, with what a hit needs of its article.
private struct CandidatePassage {
    var field: Int
    var body: String
    var article: Int64
    var articleKey: String
    var issue: Int64
    var scorecardPosition: Int
    var position: Int
    var headline: String
}
