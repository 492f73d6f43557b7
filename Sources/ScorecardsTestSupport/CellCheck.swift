import ScorecardsGrid

/// Checks a screenshot of xterm against the grid the program drew, cell by cell: a blank
/// cell holds nothing but its background (a stale or half-painted cell shows up here, such
/// as the one after a `·` that xterm's -cjk_width leaves unpainted), and a cell with a glyph
/// holds its foreground and background colours only, whose contrast, measured on the pixels,
/// meets the role's minimum (4.5:1 for text, 3:1 for marks).
public enum CellCheck {
    public struct Problem: CustomStringConvertible {
        public var x: Int, y: Int
        public var text: String
        public var role: Role
        public var message: String
        public init(x: Int, y: Int, text: String, role: Role, message: String) {
            (self.x, self.y, self.text, self.role, self.message) = (x, y, text, role, message)
        }
        public var description: String { "(\(x),\(y)) '\(text)' \(role): \(message)" }
    }

    public struct Result {
        public var problems: [Problem] = []
        /// Cells with a glyph whose contrast was measured, and the lowest ratios seen for
        /// text and for marks.
        public var measured = 0
        public var lowestText = 21.0
        public var lowestMark = 21.0
        /// Blank cells right after an interpunct (`·` or `・`), checked for stale content.
        public var afterInterpunct = 0
        public init() {}
    }

    /// What xterm shows for `style`: its palette, bold turning colours 0–7 bright
    /// (boldColors), reverse swapping; the terminal's own colours where the style has none.
    public static func colors(_ style: Style, on terminal: Backdrop) -> (foreground: RGB, background: RGB) {
        var fg = terminal.foreground, bg = terminal.background
        if let color = style.foreground {
            fg = XtermPalette.rgb(style.bold && color.index < 8 ? color.index + 8 : color.index)
        }
        if let color = style.background { bg = XtermPalette.rgb(color.index) }
        return style.reverse ? (bg, fg) : (fg, bg)
    }

    /// The share of a cell's pixels drawn in its foreground colour: how much ink a glyph
    /// puts on screen, so two glyphs can be told apart (or found invisible) on real pixels.
    public static func ink(_ shot: Screenshot, grid: Grid, x: Int, y: Int, theme: Theme, terminal: Backdrop) -> Double {
        guard shot.width % grid.width == 0, shot.height % grid.height == 0 else { return 0 }
        let cellWidth = shot.width / grid.width, cellHeight = shot.height / grid.height
        let cell = grid[x, y]
        let (fg, _) = colors(theme.style(for: cell.role, depth: .xterm256), on: terminal)
        let width = cellWidth * Int(max(1, cell.width))
        let found = shot.colors(x: x * cellWidth, y: y * cellHeight, width: width, height: cellHeight)
        return Double(found[fg] ?? 0) / Double(width * cellHeight)
    }

    public static func check(_ shot: Screenshot, grid: Grid, theme: Theme, terminal: Backdrop) -> Result {
        var result = Result()
        guard shot.width % grid.width == 0, shot.height % grid.height == 0 else {
            result.problems.append(Problem(x: 0, y: 0, text: "", role: .normal,
                                           message: "window \(shot.width)x\(shot.height) is not a whole number of \(grid.width)x\(grid.height) cells"))
            return result
        }
        let cellWidth = shot.width / grid.width, cellHeight = shot.height / grid.height
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                let style = theme.style(for: cell.role, depth: .xterm256)
                let (fg, bg) = colors(style, on: terminal)
                let found = shot.colors(x: x * cellWidth, y: y * cellHeight, width: cellWidth * Int(max(1, cell.width)), height: cellHeight)
                func problem(_ message: String) {
                    result.problems.append(Problem(x: x, y: y, text: cell.text, role: cell.role, message: message))
                }
                func describe(_ colors: some Collection<RGB>) -> String { colors.map(\.description).sorted().joined(separator: " ") }
                if cell.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                    let allowed: Set<RGB> = style.underline ? [bg, fg] : [bg]
                    let stray = Set(found.keys).subtracting(allowed)
                    if !stray.isEmpty { problem("a blank cell in \(bg) shows \(describe(stray)): stale or unpainted") }
                    if x > 0, ["·", "・"].contains(grid[x - 1, y].text) || (x > 1 && grid[x - 2, y].text == "・") {
                        result.afterInterpunct += 1
                    }
                    continue
                }
                let stray = Set(found.keys).subtracting([fg, bg])
                if !stray.isEmpty {
                    problem("expected \(fg) on \(bg), found \(describe(found.keys))")
                    continue
                }
                guard found[fg] != nil else {
                    problem("glyph not drawn: only \(describe(found.keys))")
                    continue
                }
                // A glyph that fills its cell (a full block) has no background to measure against.
                guard found[bg] != nil else { continue }
                let ratio = RGB.contrast(fg, bg)
                result.measured += 1
                if cell.role.isMark {
                    result.lowestMark = min(result.lowestMark, ratio)
                } else {
                    result.lowestText = min(result.lowestText, ratio)
                }
                if ratio < cell.role.minimumContrast {
                    problem("contrast \(fg) on \(bg) is \(Double(Int(ratio * 100)) / 100):1, needs \(cell.role.minimumContrast):1")
                }
            }
        }
        return result
    }
}
