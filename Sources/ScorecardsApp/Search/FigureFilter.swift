import ScorecardsCore
import Synchronization

/// The figures table's filter (`/` in `m`): a figure stays when its label, its value as
/// written, its unit or its article's headline matches, by the very rules of the search
/// (`SearchIndex`): full-width and traditional forms, spaces ignored, pinyin and initials
/// (`touzi` and `gdzctz` find 固定资产投资). Labels and headlines are short phrases, so they
/// are matched as headlines are, where initials may run across words.
///
/// The table is worked out after every event and again to draw it; the last answer is
/// kept, so the index over its few hundred texts is built once per change of the filter.
enum FigureFilter {
    private struct Answer {
        var texts: [String]
        var query: String
        var kept: [Int]
    }

    private static let last = Mutex<Answer?>(nil)

    static func keep(_ rows: [MetricRow], query: String) -> [MetricRow] {
        guard query.contains(where: { !$0.isWhitespace }), !rows.isEmpty else { return rows }
        let texts = rows.flatMap { [$0.metric.label, $0.headline, $0.asWritten, $0.metric.unit] }
        let known = last.withLock { answer in answer.flatMap { $0.query == query && $0.texts == texts ? $0.kept : nil } }
        let kept = known ?? {
            let index = SearchIndex(documents: rows.map { row in
                SearchDocument(id: "", headline: [row.metric.label, row.headline], paragraphs: [row.asWritten, row.metric.unit])
            })
            let matching = Set(index.search(query).documents)
            let kept = rows.indices.filter(matching.contains)
            last.withLock { $0 = Answer(texts: texts, query: query, kept: kept) }
            return kept
        }()
        return kept.map { rows[$0] }
    }
}
