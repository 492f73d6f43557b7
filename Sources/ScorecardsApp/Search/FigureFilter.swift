import ScorecardsCore

/// The figures table's filter (`/` in `m`): a figure stays when its label, its value as
/// written, its unit or its article's headline matches, by the very rules of the search
/// (`SearchIndex`): full-width and traditional forms, spaces ignored, pinyin and initials
/// (`touzi` and `gdzctz` find 固定资产投资). Labels and headlines are short phrases, so they
/// are matched as headlines are, where initials may run across words.
///
/// The index over every figure of the issue is built once, with the catalogue,
/// beside the event loop; a filter typed is then one search of it.
struct FigureFilter: Equatable, Sendable {
    private let index: SearchIndex

    init(_ rows: [MetricRow]) {
        index = SearchIndex(documents: rows.map { row in
            SearchDocument(id: "", headline: [row.metric.label, row.headline], paragraphs: [row.asWritten, row.metric.unit])
        })
    }

    /// The rows (by their place in the catalogue) that `query` keeps; nil when it keeps all.
    func matching(_ query: String) -> Set<Int>? {
        guard query.contains(where: { !$0.isWhitespace }) else { return nil }
        return Set(index.search(query).documents)
    }

    /// Two filters are the same when they match the same texts: an index is made from its
    /// documents alone.
    static func == (a: FigureFilter, b: FigureFilter) -> Bool {
        a.index === b.index || a.index.documents == b.index.documents
    }
}
