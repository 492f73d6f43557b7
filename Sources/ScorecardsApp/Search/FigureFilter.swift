import ScorecardsCore

/// The figures table's filter (`/` in `m`): a figure stays when its label, its value as
/// written, its unit or its article's headline matches, by the very rules of the search
/// (`SearchIndex`): full-width and traditional forms, spaces ignored, pinyin and initials
/// (`touzi` and `gdzctz` find 固定资产投资). Labels and headlines are short phrases, so they
/// are matched as headlines are, where initials may run across words. The table holds a
/// few hundred short texts: an index over them costs less than a millisecond.
enum FigureFilter {
    static func keep(_ rows: [MetricRow], query: String) -> [MetricRow] {
        guard query.contains(where: { !$0.isWhitespace }), !rows.isEmpty else { return rows }
        let index = SearchIndex(documents: rows.map { row in
            SearchDocument(id: "", headline: [row.metric.label, row.headline], paragraphs: [row.asWritten, row.metric.unit])
        })
        let matching = Set(index.search(query).documents)
        return rows.indices.filter(matching.contains).map { rows[$0] }
    }
}
