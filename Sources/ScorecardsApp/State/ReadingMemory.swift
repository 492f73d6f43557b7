import ScorecardsCore

/// What is kept between sessions, per issue: the focused pane, each pane's selection, and
/// the place in every article read. Stored as JSON under $XDG_STATE_HOME/scorecards.
public struct ReadingMemory: Equatable, Sendable {
    public struct Place: Equatable, Sendable {
        public var focus: Int
        public var selections: [Int]
        public var positions: [String: ReaderAnchor]
    }

    public var issues: [String: Place] = [:]

    public init() {}

    public static let format = "scorecards-state/1"

    /// Which issue a place belongs to: its publication, number and date.
    public static func key(for issue: IssueDocument) -> String {
        [issue.publication ?? issue.title ?? "", issue.number ?? "", issue.date ?? ""].joined(separator: "|")
    }

    /// Keeps the shown issue's pane and selections, and every article read in any issue.
    public mutating func record(_ state: AppState) {
        for (key, positions) in state.readingPositions {
            let old = issues[key]
            issues[key] = Place(focus: old?.focus ?? 0, selections: old?.selections ?? [],
                                positions: (old?.positions ?? [:]).merging(positions) { $1 })
        }
        let key = Self.key(for: state.issue)
        issues[key] = Place(focus: state.focus, selections: state.panes.map(\.selection),
                            positions: (issues[key]?.positions ?? [:]).merging(state.readingPositions[key] ?? [:]) { $1 })
    }

    public func restore(into state: inout AppState) {
        // Every remembered issue's places, including issues still loading.
        for (key, place) in issues { state.readingPositions[key] = place.positions }
        guard let place = issues[Self.key(for: state.issue)] else { return }
        state.focus = place.focus
        for (i, selection) in place.selections.enumerated() where state.panes.indices.contains(i) {
            state.panes[i].selection = selection
        }
        _ = Update.apply(.tick, to: &state)  // back in range for this issue and size
    }

    public var json: String {
        let places: [(String, JSONValue)] = issues.sorted { $0.key < $1.key }.map { key, place in
            (key, .object([
                ("focus", .number(Double(place.focus))),
                ("selections", .array(place.selections.map { .number(Double($0)) })),
                ("positions", .object(place.positions.sorted { $0.key < $1.key }.map { id, anchor in
                    (id, .array(Self.stored(anchor).map { .number(Double($0)) }))
                })),
            ]))
        }
        return JSONWriter.write(.object([("format", .string(Self.format)), ("issues", .object(places))])) + "\n"
    }

    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    public static func parse(_ text: String) throws(Failure) -> ReadingMemory {
        let root: JSONValue
        do { root = try JSONReader.parse(text) } catch { throw Failure(description: "not JSON (byte \(error.offset): \(error.reason))") }
        guard root["format"]?.stringValue == format, case .object(let entries)? = root["issues"] else {
            throw Failure(description: "not a \(format) file")
        }
        var memory = ReadingMemory()
        for (key, value) in entries {
            func int(_ v: JSONValue?) -> Int? { v?.numberValue.flatMap { Int(exactly: $0) } }
            guard let focus = int(value["focus"]) else { continue }
            let selections = (value["selections"]?.arrayValue ?? []).compactMap { int($0) }
            var positions: [String: ReaderAnchor] = [:]
            if case .object(let stored)? = value["positions"] {
                for (id, anchor) in stored {
                    guard let pair = anchor.arrayValue, pair.count == 2, let block = int(pair[0]), let offset = int(pair[1]) else { continue }
                    positions[id] = Self.anchor(stored: [block, offset])
                }
            }
            memory.issues[key] = Place(focus: focus, selections: selections, positions: positions)
        }
        return memory
    }

    /// A place as the file keeps it, `[block, offset]`: block 0 is the reader's heading (the
    /// offset a row of it), block p + 1 paragraph p, block −1 − l headline line l.
    static func stored(_ anchor: ReaderAnchor) -> [Int] {
        switch anchor {
        case .heading(let row): [0, row]
        case .text(let position):
            switch position.part {
            case .paragraph(let p): [p + 1, position.offset]
            case .headline(let line): [-1 - line, position.offset]
            }
        }
    }

    static func anchor(stored pair: [Int]) -> ReaderAnchor {
        let (block, offset) = (pair[0], max(0, pair[1]))
        if block == 0 { return .heading(row: offset) }
        return .text(ArticlePosition(block > 0 ? .paragraph(block - 1) : .headline(line: -1 - block), offset: offset))
    }
}
