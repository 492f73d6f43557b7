import ScorecardsGrid
import Testing

/// Change bars in eighths of a cell, one scale per table, and whole highlights.
@Suite struct ChangeBarTests {
    func text(_ cells: [SparkCell]) -> String { cells.map(\.glyph).joined() }

    /// B1's changes against the table's largest, +51.3: the ones that all drew one cell
    /// before now differ.
    @Test func closeChangesDrawDifferentBars() {
        let bars = [8.5, 10, 15.8, 17, 19].map { text(ChangeBar.cells($0, extent: 51.3, side: 3, glyphs: .unicode)) }
        #expect(bars == ["   │▌  ", "   │▋  ", "   │▉  ", "   │█  ", "   │█▏ "])
        #expect(Set(bars).count == 5)
        #expect(text(ChangeBar.cells(51.3, extent: 51.3, side: 3, glyphs: .unicode)) == "   │███")
    }

    @Test func anyChangeShowsAtLeastAnEighth() {
        #expect(text(ChangeBar.cells(0.1, extent: 51.3, side: 3, glyphs: .unicode)) == "   │▏  ")
        #expect(text(ChangeBar.cells(0, extent: 51.3, side: 3, glyphs: .unicode)) == "   │   ")
        #expect(text(ChangeBar.cells(5, extent: 0, side: 3, glyphs: .unicode)) == "   │   ")
    }

    /// A fall grows left from the zero mark; its last cell fills from the right, drawn as the
    /// complementary left fill reversed.
    @Test func fallsFillFromTheRight() {
        // -7.9 of 11.3 over 24 eighths: 17 eighths, two full cells and one eighth.
        let bar = ChangeBar.cells(-7.9, extent: 11.3, side: 3, glyphs: .unicode)
        #expect(text(bar) == "▉██│   ")
        #expect(bar[0].role == .fallBarReversed)
        #expect(bar[1].role == .fallBar && bar[2].role == .fallBar)
        #expect(bar[3].role == .dim)
        // Reversed, the ▉ leaves its left seven eighths in the background and the last in the bar's colour.
        let style = Theme.dark.style(for: .fallBarReversed, depth: .xterm256)
        let base = Theme.dark.style(for: .fallBar, depth: .xterm256)
        #expect(style.reverse && style.foreground == base.foreground && !base.reverse)
        #expect(Theme.dark.riseColor(.green).style(for: .fallBarReversed, depth: .xterm256).foreground
                == Theme.dark.style(for: .riseBar, depth: .xterm256).foreground)
    }

    @Test func brailleHalvesAndAsciiWholeCells() {
        #expect(text(ChangeBar.cells(-4, extent: 12, side: 3, glyphs: .braille)) == "  ⣿|   ")
        #expect(text(ChangeBar.cells(-5, extent: 12, side: 3, glyphs: .braille)) == " ⢸⣿|   ")
        #expect(text(ChangeBar.cells(5, extent: 12, side: 3, glyphs: .braille)) == "   |⣿⡇ ")
        #expect(text(ChangeBar.cells(5, extent: 12, side: 3, glyphs: .ascii)) == "   |#  ")
        // No reversed cells where the set can fill from the right.
        #expect(ChangeBar.cells(-5, extent: 12, side: 3, glyphs: .braille).allSatisfy { $0.role.reversedOf == nil })
    }

    /// In the selected row every cell of the bar, empty ones and the zero mark included,
    /// carries the selection, so the highlight has no gap.
    @Test func theSelectedRowKeepsItsHighlight() {
        for value in [-7.9, 0.1, 19, 0] {
            let bar = ChangeBar.cells(value, extent: 51.3, side: 3, glyphs: .unicode, selected: true)
            #expect(bar.allSatisfy { $0.role == .selection || $0.role == .selectionReversed }, "\(value)")
        }
        let tip = ChangeBar.cells(-7.9, extent: 11.3, side: 3, glyphs: .unicode, selected: true)[0]
        #expect(tip.role == .selectionReversed)
        #expect(Theme.light.style(for: .selectionReversed, depth: .basic).background == Theme.light.style(for: .selection, depth: .basic).background)
    }
}
