import GRDB
import ScorecardsCore

/// Works every stored issue's figures out again from its stored text, as an import today
/// would, and replaces its metrics: how a library written before the figure fields (schema
/// v4) gets them. Issues are done one at a time, so memory holds one issue, not the library.
enum FigureRederivation {
    static func run(_ db: Database) throws {
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM issue ORDER BY id")
        let reader = IssueReader(db: db, path: db.description)
        let writer = IssueWriter(db: db)
        for id in ids {
            guard let (_, stored) = try reader.documents(ids: [id]).first else { continue }
            let derived = IssueMetrics.derive(stored.scorecards, date: stored.date)
            let articleIDs = try Row.fetchAll(db, sql: """
                SELECT id, key FROM article WHERE issue_id = ?
                """, arguments: [id]).reduce(into: [String: Int64]()) { $0[$1[1]] = $1[0] }
            // Sources first: foreign keys may be off while migrating, and then nothing cascades.
            try db.execute(sql: """
                DELETE FROM metric_source WHERE metric_id IN (SELECT m.id FROM metric m JOIN article a ON a.id = m.article_id
                                                             WHERE a.issue_id = ?)
                """, arguments: [id])
            try db.execute(sql: "DELETE FROM metric WHERE article_id IN (SELECT id FROM article WHERE issue_id = ?)",
                           arguments: [id])
            var count = 0
            for article in derived.flatMap(\.articles) {
                guard let articleID = articleIDs[article.id] else { continue }
                try writer.insertMetrics(article.metrics, articleID: articleID)
                count += article.metrics.count
            }
            try db.execute(sql: "UPDATE issue SET metric_count = ? WHERE id = ?", arguments: [count, id])
        }
    }
}
