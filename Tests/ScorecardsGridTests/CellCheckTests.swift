import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// The screenshot test's checks, on pictures painted here the way a terminal paints cells
/// (4×6 pixels each): they pass a faithful picture and catch each kind of fault.
@Suite struct CellCheckTests {
    static let cell = (width: 4, height: 6)

    /// A faithful picture of `grid`: each cell in its background, with a two-pixel glyph
    /// stroke in its foreground where it has a character.
    static func paint(_ grid: Grid, theme: Theme, terminal: Backdrop) -> Screenshot {
        var shot = Screenshot(width: grid.width * cell.width, height: grid.height * cell.height, color: terminal.background)
        for y in 0..<grid.height {
            for x in 0..<grid.width where !grid[x, y].isContinuation {
                let c = grid[x, y]
                let (fg, bg) = CellCheck.colors(theme.style(for: c.role, depth: .xterm256), on: terminal)
                shot.fill(x: x * cell.width, y: y * cell.height, width: cell.width * Int(c.width), height: cell.height, color: bg)
                if !c.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                    shot.fill(x: x * cell.width + 1, y: y * cell.height + 2, width: 2, height: 1, color: fg)
                }
            }
        }
        return shot
    }

    static func header() -> Grid {
        var grid = Grid(Size(width: 12, height: 2), ambiguous: .wide)
        grid.fill(Rect(x: 0, y: 0, width: 12, height: 1), role: .header)
        grid.put("a · b", x: 1, y: 0, role: .header)
        grid.put("标题", x: 0, y: 1, role: .lead)
        return grid
    }

    @Test func aFaithfulPicturePasses() {
        let grid = Self.header()
        let result = CellCheck.check(Self.paint(grid, theme: .light, terminal: .light), grid: grid, theme: .light, terminal: .light)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.measured == 5)  // a, ・, b, 标, 题
        #expect(result.afterInterpunct == 1)
        #expect(result.lowestText >= 4.5 && result.lowestMark == 21)
    }

    /// What xterm -cjk_width does with a Latin-1 `·` drawn wide: the cell after it is left
    /// in the terminal's background, not the header's.
    @Test func theUnpaintedCellAfterAnInterpunctIsCaught() {
        let grid = Self.header()
        var shot = Self.paint(grid, theme: .light, terminal: .light)
        // `・` at columns 3–4; column 5 is the blank after it.
        shot.fill(x: 5 * Self.cell.width, y: 0, width: Self.cell.width, height: Self.cell.height, color: .white)
        let result = CellCheck.check(shot, grid: grid, theme: .light, terminal: .light)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.x == 5 && result.problems.first?.message.contains("stale or unpainted") == true)
    }

    @Test func aStaleGlyphInABlankCellIsCaught() {
        let grid = Self.header()
        var shot = Self.paint(grid, theme: .light, terminal: .light)
        shot[11 * Self.cell.width + 1, 3] = RGB(hex: 0x444444)
        let result = CellCheck.check(shot, grid: grid, theme: .light, terminal: .light)
        #expect(result.problems.map(\.x) == [11])
    }

    /// The dark theme on a white terminal: its headline colour, #FFD7AF, is 1.35:1 on white.
    @Test func lowContrastIsCaughtOnThePixels() {
        let grid = Self.header()
        let result = CellCheck.check(Self.paint(grid, theme: .dark, terminal: .light), grid: grid, theme: .dark, terminal: .light)
        #expect(result.problems.contains { $0.role == .lead && $0.message.contains("contrast") })
        #expect(!result.problems.contains { $0.role == .header })
    }

    @Test func aWrongColourOrAMissingGlyphIsCaught() {
        let grid = Self.header()
        var shot = Self.paint(grid, theme: .light, terminal: .light)
        shot.fill(x: 1 * Self.cell.width + 1, y: 2, width: 2, height: 1, color: XtermPalette.rgb(24))
        shot.fill(x: 6 * Self.cell.width, y: 0, width: Self.cell.width, height: Self.cell.height,
                  color: CellCheck.colors(Theme.light.style(for: .header, depth: .xterm256), on: .light).background)
        let problems = CellCheck.check(shot, grid: grid, theme: .light, terminal: .light).problems
        #expect(problems.contains { $0.x == 1 && $0.message.hasPrefix("expected") })
        #expect(problems.contains { $0.x == 6 && $0.message.hasPrefix("glyph not drawn") })
    }

    /// Bold with colours 0–7 is drawn bright, as xterm's boldColors does.
    @Test func xtermsColours() {
        let bold = Style(foreground: Color(1), bold: true), reverse = Style(foreground: Color(16), background: Color(231), reverse: true)
        #expect(CellCheck.colors(bold, on: .light).foreground == RGB(hex: 0xFF0000))
        #expect(CellCheck.colors(reverse, on: .light) == (RGB.white, RGB.black))
        #expect(CellCheck.colors(.plain, on: .dark) == (Backdrop.dark.foreground, RGB.black))
    }

    /// Ink is the share of a cell's pixels in its foreground: the painted stroke is 2 of 24.
    @Test func inkCountsTheForegroundPixelsOfOneCell() {
        let grid = Self.header()
        var shot = Self.paint(grid, theme: .light, terminal: .light)
        #expect(CellCheck.ink(shot, grid: grid, x: 1, y: 0, theme: .light, terminal: .light) == 2.0 / 24)
        #expect(CellCheck.ink(shot, grid: grid, x: 0, y: 0, theme: .light, terminal: .light) == 0)
        let (fg, _) = CellCheck.colors(Theme.light.style(for: .header, depth: .xterm256), on: .light)
        shot.fill(x: Self.cell.width, y: 0, width: Self.cell.width, height: Self.cell.height, color: fg)
        #expect(CellCheck.ink(shot, grid: grid, x: 1, y: 0, theme: .light, terminal: .light) == 1)
    }
}
