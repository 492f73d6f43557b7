import ScorecardsGrid
import ScorecardsText

/// Where the dashboard's parts go at a given size. Pure, so the update function can clamp
/// scroll positions and place clicks with exactly the geometry the view will draw.
public struct DashboardLayout: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        /// Two columns of panes, from about 100 columns.
        case grid
        /// All panes side by side, on very wide screens too short for two rows of whole cards.
        case row
        /// One pane at a time under a tab bar, when narrow.
        case tabbed
        /// The focused pane alone (z).
        case zoomed
        case tooSmall
    }

    public var mode: Mode
    public var header: Rect
    public var tabs: Rect?
    /// One per scorecard; nil when the pane is not shown in this mode.
    public var panes: [PaneLayout?]
    public var status: Rect

    public static let minimum = Size(width: 40, height: 10)
    static let gridMinWidth = 100
    static let gridMinHeight = 20
    static let rowMinWidth = 200

    /// The layout for `state`: each pane sized for its headlines and key figures.
    public static func of(_ state: AppState) -> DashboardLayout {
        compute(size: state.size, contents: state.issue.scorecards.indices.map { i in
            PaneContents(headlines: state.issue.scorecards[i].articles.map(\.joinedHeadline),
                         figures: state.figures.keyFigures.indices.contains(i) ? state.figures.keyFigures[i].count : 0,
                         settings: state.settings)
        }, focus: state.focus, zoomed: state.zoomed)
    }

    public static func compute(size: Size, contents: [PaneContents], focus: Int, zoomed: Bool) -> DashboardLayout {
        let paneCount = contents.count
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        guard size.width >= minimum.width, size.height >= minimum.height else {
            return DashboardLayout(mode: .tooSmall, header: full, tabs: nil, panes: Array(repeating: nil, count: paneCount), status: full)
        }
        let rows = ScreenRows(size)
        let (header, body, status) = (rows.header, rows.body, rows.bottom)
        var panes: [PaneLayout?] = Array(repeating: nil, count: paneCount)
        let mode: Mode
        var tabs: Rect?
        if zoomed, panes.indices.contains(focus) {
            mode = .zoomed
            // The card whole: every headline uncut, then as many figures as the rest holds.
            let needed = PaneLayout.rowsNeeded([contents[focus]], box: body)
            panes[focus] = PaneLayout(box: body, contents: contents[focus], split: nil, listRows: needed.rows, wrapping: needed.pieces[0])
        } else if size.width >= rowMinWidth, paneCount <= 4, size.height >= gridMinHeight / 2 {
            // Wide screens use their height too: two rows of wide panes when every card shows
            // whole that way, all side by side otherwise.
            // Each pane's inside needs a row per headline, the strip's rule and its figures.
            let inside = body.height / ((paneCount + 1) / 2) - 2
            let roomy = size.height >= gridMinHeight && contents.allSatisfy { inside >= $0.items + 1 + $0.figures }
            let twoRows = roomy ? grid(body, contents, fill: true) : []
            if roomy, zip(twoRows, contents).allSatisfy({ $0?.showsWhole($1) ?? true }) {
                mode = .grid
                panes = twoRows
            } else {
                mode = .row
                // Side by side, the strips line up: every pane's list is as long as the
                // longest, its headlines wrapped whole when the rows allow.
                let boxes = body.columns(paneCount)
                let needed = PaneLayout.rowsNeeded(contents, box: boxes[0])
                for (i, rect) in boxes.enumerated() {
                    // The columns differ by a cell at most; wrapping is reused only at the same width.
                    let same = rect.width == boxes[0].width
                    panes[i] = PaneLayout(box: rect, contents: contents[i], split: nil, listRows: needed.rows,
                                          wrapping: same ? needed.pieces[i] : nil)
                }
            }
        } else if size.width >= gridMinWidth, size.height >= gridMinHeight {
            mode = .grid
            panes = grid(body, contents)
        } else {
            mode = .tabbed
            let (tabRow, paneArea) = body.splitTop(1)
            tabs = tabRow
            if panes.indices.contains(focus) { panes[focus] = PaneLayout(box: paneArea, contents: contents[focus]) }
        }
        return DashboardLayout(mode: mode, header: header, tabs: tabs, panes: panes, status: status)
    }

    /// Two columns of panes; the panes of a row split alike, so their strips line up. With
    /// `fill`, the lists take just the rows their headlines need and the strips the rest.
    private static func grid(_ body: Rect, _ contents: [PaneContents], fill: Bool = false) -> [PaneLayout?] {
        var panes: [PaneLayout?] = Array(repeating: nil, count: contents.count)
        let rowCount = (contents.count + 1) / 2
        for (r, rowRect) in body.rows(rowCount).enumerated() {
            let group = Array(contents[(r * 2)..<min(contents.count, r * 2 + 2)])
            let boxes = rowRect.columns(2)
            let needed = fill ? PaneLayout.rowsNeeded(group, box: boxes[0]) : nil
            for (c, rect) in boxes.enumerated() where r * 2 + c < contents.count {
                let same = rect.width == boxes[0].width
                panes[r * 2 + c] = PaneLayout(box: rect, contents: contents[r * 2 + c], split: PaneContents.fullest(group),
                                              listRows: needed?.rows, wrapping: same ? needed?.pieces[c] ?? nil : nil)
            }
        }
        return panes
    }
}

/// What a pane has to show: its headlines and how many key figures.
public struct PaneContents: Equatable, Sendable {
    /// As printed; shown through `settings`.
    public var headlines: [String]
    public var figures: Int
    public var settings: Settings

    public init(headlines: [String], figures: Int, settings: Settings = Settings()) {
        self.headlines = headlines
        self.figures = figures
        self.settings = settings
    }

    public var items: Int { headlines.count }

    /// Headline `i` as the pane shows it.
    func shown(_ i: Int) -> String { TerminalSafe.sanitize(settings.display(headlines[i])) }

    /// Whether a headline is wider than `width` columns. No character is wider than two
    /// columns, so most headlines are known to fit without being measured.
    func cut(at width: Int) -> Bool {
        headlines.indices.contains { i in
            2 * headlines[i].unicodeScalars.count > width && DisplayWidth.of(shown(i), ambiguous: settings.ambiguous) > width
        }
    }

    /// As many headlines and figures as the fullest of `all`, to split panes alike.
    static func fullest(_ all: [PaneContents]) -> PaneContents {
        PaneContents(headlines: Array(repeating: "", count: all.map(\.items).max() ?? 0), figures: all.map(\.figures).max() ?? 0)
    }
}

/// The parts of one pane: its border, the headline list, and the key-figures strip.
public struct PaneLayout: Equatable, Sendable {
    /// One row of the list: a headline, or a piece of one wrapped over several rows.
    public struct Row: Equatable, Sendable {
        public var item: Int
        public var text: String
        /// Unicode scalars of the headline before this piece.
        public var scalarStart: Int
        public var isFirst: Bool
    }

    public var box: Rect
    public var list: Rect
    /// Includes its separator row; empty when the pane is too short for figures.
    public var figures: Rect
    /// Every headline whole, wrapped over as many rows as it needs, when the list has the
    /// rows for all of them; nil when the list shows one row per headline and scrolls.
    public var wrapped: [Row]?

    /// The headlines come first; the strip takes the rows they leave, and at least a third
    /// of the pane (two rows at the least) when they leave fewer, but no more than its
    /// figures need. `split` (by default the pane's own contents) sets the split, so panes
    /// side by side can share it. `listRows` instead gives the list that many rows (at most
    /// what leaves the strip its minimum) and the strip all the rest.
    public init(box: Rect, contents: PaneContents, split: PaneContents? = nil, listRows: Int? = nil) {
        self.init(box: box, contents: contents, split: split, listRows: listRows, wrapping: nil)
    }

    /// `wrapping`: the headlines already wrapped at this pane's width.
    init(box: Rect, contents: PaneContents, split: PaneContents?, listRows: Int?, wrapping: Pieces?) {
        let split = split ?? contents
        self.box = box
        let inner = box.inset(left: 1, top: 1, right: 1, bottom: 1)
        let wanted = 1 + max(1, split.figures)
        var rows = 0
        if inner.height >= 6 {
            let least = max(inner.height / 3, 2)
            if let listRows {
                rows = max(inner.height - listRows, least)
            } else {
                rows = min(wanted, max(inner.height - split.items, least))
            }
        }
        let parts = inner.splitBottom(rows)
        list = parts.rest
        figures = parts.bottom
        // Headlines are measured only when the list has rows to spare for wrapping them.
        wrapped = nil
        let width = Self.textWidth(list)
        if list.height > contents.items, contents.cut(at: width) {
            let pieces = wrapping ?? Self.pieces(contents, width: width)
            if Self.rows(pieces) <= list.height {
                wrapped = pieces.enumerated().flatMap { item, lines in
                    (lines.isEmpty ? [(text: "", start: 0)] : lines).enumerated().map { n, line in
                        Row(item: item, text: line.text, scalarStart: line.start, isFirst: n == 0)
                    }
                }
            }
        }
    }

    /// Whether the pane shows `contents` whole: every headline uncut and every key figure.
    func showsWhole(_ contents: PaneContents) -> Bool {
        let allShown = wrapped != nil || (contents.items <= list.height && !contents.cut(at: Self.textWidth(list)))
        return allShown && (contents.figures == 0 || figures.height >= 1 + contents.figures)
    }

    /// The headline's text starts after the marker and leaves a column on the right.
    static func textWidth(_ list: Rect) -> Int { max(1, list.width - 3) }

    /// Each headline in the pieces it wraps into, with the scalars before each piece.
    static func pieces(_ contents: PaneContents, width: Int) -> Pieces {
        contents.headlines.indices.map { i in
            let safe = contents.shown(i)
            var scalars = 0
            var previous = safe.startIndex
            return Wrap.lines(safe, width: width, ambiguous: contents.settings.ambiguous).map { piece in
                scalars += safe.unicodeScalars[previous..<piece.range.lowerBound].count
                previous = piece.range.lowerBound
                return (text: String(piece.text), start: scalars)
            }
        }
    }

    /// Each headline's pieces, with the scalars of the headline before each.
    typealias Pieces = [[(text: String, start: Int)]]

    static func rows(_ pieces: Pieces) -> Int { pieces.reduce(0) { $0 + max(1, $1.count) } }

    /// The rows the longest of these panes' lists needs in a pane drawn in `box`: each
    /// headline whole, wrapped, when that leaves the strip its minimum; else one row each.
    /// Also each pane's headlines as wrapped (nil for a pane with none cut), for the layouts.
    static func rowsNeeded(_ contents: [PaneContents], box: Rect) -> (rows: Int, pieces: [Pieces?]) {
        let inner = box.inset(left: 1, top: 1, right: 1, bottom: 1)
        let room = inner.height - max(inner.height / 3, 2)
        let items = contents.map(\.items).max() ?? 0
        let width = textWidth(inner)
        let pieces = contents.map { $0.cut(at: width) ? Self.pieces($0, width: width) : nil }
        let wrappedRows = zip(contents, pieces).map { $1.map(rows) ?? $0.items }.max() ?? 0
        return (wrappedRows <= room ? wrappedRows : items, pieces)
    }

    /// How many headlines the list shows at once.
    public var visibleItems: Int {
        guard let wrapped else { return list.height }
        return (wrapped.last?.item ?? -1) + 1
    }

    /// The headline under a click, for a list scrolled to `scroll`.
    func item(atX x: Int, y: Int, scroll: Int) -> Int? {
        guard list.contains(x: x, y: y) else { return nil }
        guard let wrapped else { return scroll + (y - list.y) }
        let row = y - list.y
        return wrapped.indices.contains(row) ? wrapped[row].item : nil
    }
}
