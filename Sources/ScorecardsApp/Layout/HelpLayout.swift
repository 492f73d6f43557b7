import ScorecardsGrid
import ScorecardsText

/// Help laid out at a size: its frame, and every line it can show, descriptions wrapped to
/// the width left beside the keys. Built from the key map, so it says what the keys do;
/// drawing, scrolling and opening at a view's section all use this one value.
struct HelpLayout: Equatable {
    struct Line: Equatable {
        enum Kind: Equatable { case heading, entry, blank }
        var keys: String
        var text: String
        var kind: Kind
    }

    var frame: Rect
    var inner: Rect
    var keyColumn: Int
    var lines: [Line]
    /// The first line of each view's section.
    var sections: [KeyContext: Int]

    static let maxWidth = 80

    init(size: Size, keyMap: KeyMap, settings: Settings) {
        // Wide enough for the keys and a short description; wider screens get a wider box.
        let width = min(size.width - 4, size.width >= 120 ? Self.maxWidth : 60), height = size.height - 2
        frame = Rect(x: (size.width - width) / 2, y: 1, width: width, height: height)
        inner = frame.inset(left: 2, top: 1, right: 2, bottom: 1)
        keyColumn = min(18, inner.width / 3)
        let textWidth = max(1, inner.width - keyColumn - 2)
        let language = settings.language
        var lines: [Line] = []
        var sections: [KeyContext: Int] = [:]
        /// One entry: the keys beside the first line of a description wrapped to the box.
        func entry(_ keys: String, _ text: String) {
            let pieces = Wrap.lines(text, width: textWidth, ambiguous: settings.ambiguous).map { String($0.text) }
            for (i, piece) in (pieces.isEmpty ? [""] : pieces).enumerated() {
                lines.append(Line(keys: i == 0 ? keys : "", text: piece, kind: .entry))
            }
        }
        for context in KeyContext.helpOrder {
            sections[context] = lines.count
            lines.append(Line(keys: "", text: context.title.text(language), kind: .heading))
            for binding in keyMap.bindings(in: context) where !binding.keys.isEmpty {
                entry(binding.keys.map(\.label).joined(separator: " "), binding.action.help(in: context).text(language))
            }
            // The marks drawn on figures, with what they mean, beside the figures table's keys.
            if context == .metrics { entry(FiguresLegend.marks(settings.glyphs), settings.text(.figuresLegendMeaning)) }
            lines.append(Line(keys: "", text: "", kind: .blank))
        }
        self.lines = lines
        self.sections = sections
    }

    static func of(_ state: AppState) -> HelpLayout {
        HelpLayout(size: state.size, keyMap: state.keyMap, settings: state.settings)
    }

    var isShown: Bool { frame.width >= 10 && frame.height >= 4 }

    /// Rows of text inside the frame.
    var visibleRows: Int { max(0, inner.height) }

    var maxScroll: Int { max(0, lines.count - visibleRows) }

    /// Where help opens over a view: at that view's section.
    func scroll(opening context: KeyContext) -> Int {
        min(sections[context] ?? 0, maxScroll)
    }
}
