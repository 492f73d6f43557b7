import ScorecardsGrid
import ScorecardsText
import Testing

/// xterm with -cjk_width paints only the first of the two cells of Latin-1's ambiguous
/// characters; under `.wide` the grid never hands it one it would paint half of.
@Suite struct WideStandInTests {
    @Test func theInterpunctIsDrawnAsAWideMiddleDotWhenWide() {
        var grid = Grid(Size(width: 8, height: 1), ambiguous: .wide)
        let used = grid.put("a · b", x: 0, y: 0, role: .header)
        // The same six columns as `·` drawn wide: a, space, the dot over two cells, space, b.
        #expect(used == 6)
        #expect(grid[2, 0].text == "・" && grid[2, 0].width == 2 && grid[2, 0].role == .header)
        #expect(grid[3, 0].isContinuation)
        #expect(grid[4, 0].text == " " && grid[5, 0].text == "b")
        #expect(grid.lines() == ["a ・ b"])
    }

    @Test func narrowTerminalsKeepTheInterpunct() {
        var grid = Grid(Size(width: 8, height: 1), ambiguous: .narrow)
        #expect(grid.put("a · b", x: 0, y: 0) == 5)
        #expect(grid.lines() == ["a · b"])
    }

    @Test func widthsAndTruncationAgreeWithTheStandIn() {
        let grid = Grid(Size(width: 1, height: 1), ambiguous: .wide)
        #expect(grid.width(of: "中科武大·智谷") == grid.width(of: "中科武大・智谷"))
        var wide = Grid(Size(width: 9, height: 1), ambiguous: .wide)
        wide.put("武大·智谷", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 5, height: 1))
        // Cut at five columns: 武大 and a space, never half of the dot.
        #expect(wide.lines() == ["武大"])
        #expect(wide[4, 0].text == " ")
    }

    @Test func withACombiningMarkToo() {
        var grid = Grid(Size(width: 4, height: 1), ambiguous: .wide)
        grid.put("·\u{301}", x: 0, y: 0)
        #expect(grid[0, 0].text == "・\u{301}")
        #expect(!grid[0, 0].text.unicodeScalars.contains { WideStandIn.isLatin1Ambiguous($0) })
    }

    @Test func theLatin1AmbiguousSet() {
        for scalar in ["·", "°", "×", "§", "±", "é"].flatMap(\.unicodeScalars) {
            #expect(WideStandIn.isLatin1Ambiguous(scalar), "\(scalar)")
        }
        for scalar in ["a", "“", "…", "─", "・", "中", "\u{A0}"].flatMap(\.unicodeScalars) {
            #expect(!WideStandIn.isLatin1Ambiguous(scalar), "\(scalar)")
        }
    }
}
