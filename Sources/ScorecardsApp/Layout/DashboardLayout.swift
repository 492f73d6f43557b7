import ScorecardsGrid

/// Where the dashboard's parts go at a given size. Pure, so the update function can clamp
/// scroll positions with exactly the geometry the view will draw.
public struct DashboardLayout: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        /// Two columns of panes, from about 100 columns.
        case grid
        /// All panes side by side, on very wide screens.
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
            PaneContents(items: state.issue.scorecards[i].articles.count,
                         figures: state.figures.keyFigures.indices.contains(i) ? state.figures.keyFigures[i].count : 0)
        }, focus: state.focus, zoomed: state.zoomed)
    }

    public static func compute(size: Size, contents: [PaneContents], focus: Int, zoomed: Bool) -> DashboardLayout {
        let paneCount = contents.count
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        guard size.width >= minimum.width, size.height >= minimum.height else {
            return DashboardLayout(mode: .tooSmall, header: full, tabs: nil, panes: Array(repeating: nil, count: paneCount), status: full)
        }
        let (header, rest) = full.splitTop(1)
        let (body, status) = rest.splitBottom(1)
        var panes: [PaneLayout?] = Array(repeating: nil, count: paneCount)
        let mode: Mode
        var tabs: Rect?
        if zoomed, panes.indices.contains(focus) {
            mode = .zoomed
            panes[focus] = PaneLayout(box: body, contents: contents[focus])
        } else if size.width >= rowMinWidth, paneCount <= 4, size.height >= gridMinHeight / 2 {
            mode = .row
            // Side by side, the strips line up: every pane splits as the fullest one would.
            let shared = PaneContents.fullest(contents)
            for (i, rect) in body.columns(paneCount).enumerated() { panes[i] = PaneLayout(box: rect, contents: shared) }
        } else if size.width >= gridMinWidth, size.height >= gridMinHeight {
            mode = .grid
            let rowCount = (paneCount + 1) / 2
            for (r, rowRect) in body.rows(rowCount).enumerated() {
                let shared = PaneContents.fullest(Array(contents[(r * 2)..<min(paneCount, r * 2 + 2)]))
                for (c, rect) in rowRect.columns(2).enumerated() where r * 2 + c < paneCount {
                    panes[r * 2 + c] = PaneLayout(box: rect, contents: shared)
                }
            }
        } else {
            mode = .tabbed
            let (tabRow, paneArea) = body.splitTop(1)
            tabs = tabRow
            if panes.indices.contains(focus) { panes[focus] = PaneLayout(box: paneArea, contents: contents[focus]) }
        }
        return DashboardLayout(mode: mode, header: header, tabs: tabs, panes: panes, status: status)
    }
}

/// How much a pane has to show.
public struct PaneContents: Equatable, Sendable {
    public var items: Int
    public var figures: Int

    public init(items: Int, figures: Int) {
        self.items = items
        self.figures = figures
    }

    static func fullest(_ all: [PaneContents]) -> PaneContents {
        PaneContents(items: all.map(\.items).max() ?? 0, figures: all.map(\.figures).max() ?? 0)
    }
}

/// The parts of one pane: its border, the headline list, and the key-figures strip.
public struct PaneLayout: Equatable, Sendable {
    public var box: Rect
    public var list: Rect
    /// Includes its separator row; empty when the pane is too short for figures.
    public var figures: Rect

    /// The headlines come first; the strip takes the rows they leave, and at least a third
    /// of the pane (two rows at the least) when they leave fewer.
    public init(box: Rect, contents: PaneContents) {
        self.box = box
        let inner = box.inset(left: 1, top: 1, right: 1, bottom: 1)
        let wanted = 1 + max(1, contents.figures)
        var rows = 0
        if inner.height >= 6 {
            rows = min(wanted, max(inner.height - contents.items, inner.height / 3, 2))
        }
        let split = inner.splitBottom(rows)
        self.list = split.rest
        self.figures = split.bottom
    }

    /// How many headlines the list shows at once.
    public var visibleItems: Int { list.height }

    /// The headline under a click, for a list scrolled to `scroll`.
    func item(atX x: Int, y: Int, scroll: Int) -> Int? {
        list.contains(x: x, y: y) ? scroll + (y - list.y) : nil
    }
}
