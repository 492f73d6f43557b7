import GRDB

extension IssueLibrary {
    /// Every stored figure with this label, oldest issue first: the raw material of a series
    /// across issues. `baseUnit` ("元", "%", "户") keeps only figures that can be compared,
    /// whatever their scale (亿元 and 万元 are both 元); nil keeps all.
    public func metricSeries(label: String, baseUnit: String? = nil) throws(LibraryError) -> [SeriesPoint] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT a.issue_id, i.date, a.key, m.year, m.value, m.unit, m.normalized_value, m.base_unit
                FROM metric m JOIN article a ON a.id = m.article_id JOIN issue i ON i.id = a.issue_id
                WHERE m.label = ? AND (?2 IS NULL OR m.base_unit = ?2)
                ORDER BY i.date, i.id, a.scorecard_position, a.position, m.position
                """, arguments: [label, baseUnit]).map { row in
                SeriesPoint(issueID: row[0], issueDate: row[1], articleID: row[2], year: row[3], value: row[4],
                            unit: row[5], normalizedValue: row[6], baseUnit: row[7])
            }
        }
    }

    /// Labels stated in at least `minimumIssues` issues, with their base unit and how many
    /// issues state them, most widespread first: the candidates for `metricSeries`.
    public func seriesLabels(minimumIssues: Int = 2) throws(LibraryError) -> [(label: String, baseUnit: String, issues: Int)] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT m.label, m.base_unit, count(DISTINCT a.issue_id) AS issues
                FROM metric m JOIN article a ON a.id = m.article_id
                WHERE m.label <> ''
                GROUP BY m.label, m.base_unit HAVING issues >= ?
                ORDER BY issues DESC, m.label
                """, arguments: [minimumIssues]).map { row in (row[0], row[1], row[2]) }
        }
    }
}
