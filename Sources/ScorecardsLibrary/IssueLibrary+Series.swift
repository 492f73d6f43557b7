import GRDB

extension IssueLibrary {
    /// Every stored figure with this label, oldest issue first: the raw material of a series
    /// across issues. `baseUnit` ("元", "%", "户") keeps only figures that can be compared,
    /// whatever their scale (亿元 and 万元 are both 元); `scorecard` ("development") keeps
    /// only the figures of that scorecard, since one label on two pages can be two facts;
    /// nil keeps all. A fact stated again in an issue counts once, at its first statement.
    public func metricSeries(label: String, baseUnit: String? = nil,
                             scorecard: String? = nil) throws(LibraryError) -> [SeriesPoint] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT a.issue_id, i.date, a.key, m.year, m.value, m.unit, m.normalized_value, m.base_unit
                FROM metric m JOIN article a ON a.id = m.article_id JOIN issue i ON i.id = a.issue_id
                JOIN scorecard s ON s.issue_id = a.issue_id AND s.position = a.scorecard_position
                WHERE m.label = ?1 AND (?2 IS NULL OR m.base_unit = ?2) AND (?3 IS NULL OR s.key = ?3)
                  AND m.same_as IS NULL
                ORDER BY i.date, i.id, a.scorecard_position, a.position, m.position
                """, arguments: [label, baseUnit, scorecard]).map { row in
                SeriesPoint(issueID: row[0], issueDate: row[1], articleID: row[2], year: row[3], value: row[4],
                            unit: row[5], normalizedValue: row[6], baseUnit: row[7])
            }
        }
    }

    /// Labels stated in at least `minimumIssues` issues, with their scorecard, base unit and
    /// how many issues state them, most widespread first: the candidates for `metricSeries`.
    public func seriesLabels(minimumIssues: Int = 2) throws(LibraryError)
        -> [(label: String, scorecard: String, baseUnit: String, issues: Int)] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT m.label, s.key, m.base_unit, count(DISTINCT a.issue_id) AS issues
                FROM metric m JOIN article a ON a.id = m.article_id
                JOIN scorecard s ON s.issue_id = a.issue_id AND s.position = a.scorecard_position
                WHERE m.label <> '' AND m.same_as IS NULL
                GROUP BY m.label, s.key, m.base_unit HAVING issues >= ?
                ORDER BY issues DESC, m.label, s.key
                """, arguments: [minimumIssues]).map { row in (row[0], row[1], row[2], row[3]) }
        }
    }
}
