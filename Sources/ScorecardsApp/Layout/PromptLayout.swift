import ScorecardsGrid
import ScorecardsText

/// A prompt's row: the label, the field with the text scrolled so the insertion point shows,
/// and the note on the right (hits, figures, a hint). Drawing and mouse clicks share it, so a
/// click lands on the character drawn under it.
struct PromptLayout: Equatable {
    var row: Rect
    var label: String
    var labelWidth: Int
    var trailing: String?
    var field: Rect
    /// The characters of the text and their widths.
    var characters: [String]
    var widths: [Int]
    var cursor: Int
    /// The first character shown: the text before the cursor and the cursor cell fit.
    var first: Int

    init(label: String, editor: LineEditor, trailing: String?, in row: Rect, ambiguous: AmbiguousWidth) {
        let measure = Grid(Size(width: 0, height: 0), ambiguous: ambiguous)
        self.row = row
        self.label = label
        labelWidth = min(row.width, measure.width(of: label))
        var right = row.maxX
        self.trailing = nil
        if let trailing {
            let w = measure.width(of: trailing)
            if w + labelWidth + 4 < row.width {
                self.trailing = trailing
                right = row.maxX - w - 2
            }
        }
        field = Rect(x: row.x + labelWidth, y: row.y, width: right - row.x - labelWidth, height: 1)
        characters = editor.text.map { String($0) }
        widths = characters.map { measure.width(of: $0) }
        cursor = editor.cursor
        var start = 0
        while start < cursor, widths[start..<cursor].reduce(0, +) + 1 > field.width { start += 1 }
        first = start
    }

    /// The prompt of `state`, if one is open, laid out on the bottom row.
    static func of(_ state: AppState) -> PromptLayout? {
        guard let prompt = state.prompt else { return nil }
        let row = ScreenRows(state.size).bottom
        return PromptLayout(label: label(prompt.purpose, state.settings), editor: prompt.editor,
                            trailing: trailing(prompt, state), in: row, ambiguous: state.settings.ambiguous)
    }

    static func label(_ purpose: PromptState.Purpose, _ settings: Settings) -> String {
        switch purpose {
        case .search, .find: "/"
        case .filter: settings.text(.filterPrompt)
        }
    }

    /// What the prompt has found so far, or what to type when nothing is typed yet; while
    /// work runs beside the loop, the busy mark first (and no count until the search typed
    /// is answered).
    static func trailing(_ prompt: PromptState, _ state: AppState) -> String? {
        let settings = state.settings
        let busy = StatusBar.busy(state)
        func noting(_ found: String?) -> String? {
            guard let busy else { return found }
            return found.map { busy + "  " + $0 } ?? busy
        }
        switch prompt.purpose {
        case .search:
            guard !prompt.editor.text.isEmpty else { return noting(settings.text(.searchHint)) }
            guard state.search.pending == nil else { return noting(nil) }
            return noting(state.search.outcome.map { settings.text(.articleCount($0.stops.count)) })
        case .find:
            guard !prompt.editor.text.isEmpty else { return noting(settings.text(.searchHint)) }
            guard case .reader(let reader) = state.views.belowTop else { return noting(nil) }
            guard reader.pendingFind == nil else { return noting(nil) }
            return noting(settings.text(.matchCount(reader.marks.count)))
        case .filter:
            guard case .metrics(let metrics) = state.views.belowTop else { return noting(nil) }
            // No count until the figures are listed.
            guard metrics.table.isReady else { return noting(nil) }
            return noting(settings.text(.count(metrics.table.count)))
        }
    }

    /// The index of the character drawn at column `x` (either half of a wide one); past
    /// the text, its end.
    func characterIndex(atX x: Int) -> Int {
        var column = field.x
        var index = first
        while index < characters.count {
            let w = max(1, widths[index])
            if x < column + w { break }
            column += w
            index += 1
        }
        return index
    }
}
