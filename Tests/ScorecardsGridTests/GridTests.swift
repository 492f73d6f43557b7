import ScorecardsGrid
import Testing

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCells() {
        var grid = Grid(Size(width: 10, height: 1))
        let used = grid.put("武昌a", x: 0, y: 0)
        #expect(used == 5)
        #expect(grid[0, 0].text == "武" && grid[0, 0].width == 2)
        #expect(grid[1, 0].isContinuation)
        #expect(grid[4, 0].text == "a")
        #expect(grid.lines() == ["武昌a"])
    }

    @Test func aWideCharacterNeverStraddlesTheClip() {
        var grid = Grid(Size(width: 10, height: 2))
        // Five columns of room: two Chinese characters and a space, never half of the third.
        grid.put("一二三四", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 5, height: 1))
        #expect(grid.lines()[0] == "一二")
        #expect(grid[4, 0].text == " ")
        #expect(grid[5, 0] == .blank)
        // Nor past the right edge of the grid.
        grid.put("一二三四五六", x: 3, y: 1)
        #expect(grid.lines()[1] == "   一二三")
        #expect(grid[9, 1].text == " ")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var grid = Grid(Size(width: 6, height: 1))
        grid.put("武昌", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)  // right half of 武
        #expect(grid.lines() == [" x昌"])
        grid.put("y", x: 2, y: 0)  // left half of 昌
        #expect(grid.lines() == [" xy"])
        #expect(grid[3, 0].text == " " && !grid[3, 0].isContinuation)
        var other = Grid(Size(width: 6, height: 1))
        other.put("ab武", x: 0, y: 0)
        other.put("昌", x: 1, y: 0)  // a wide char landing on b and the left half of 武
        #expect(other.lines() == ["a昌"])
        #expect(other[3, 0].text == " " && other[3, 0].width == 1)
    }

    @Test func everyRowKeepsItsWidth() {
        // Whatever is drawn, each row adds up to exactly the grid width in cells.
        var grid = Grid(Size(width: 7, height: 3))
        grid.put("a武b昌c", x: 0, y: 0)
        grid.put("武武武武", x: 1, y: 1)
        grid.put("x", x: 2, y: 1)
        grid.put("中文", x: -1, y: 2)
        for y in 0..<grid.height {
            var columns = 0
            var x = 0
            while x < grid.width {
                let cell = grid[x, y]
                #expect(!cell.isContinuation, "row \(y) column \(x) is an orphaned continuation")
                columns += Int(max(1, cell.width))
                x += Int(max(1, cell.width))
            }
            #expect(columns == grid.width)
        }
    }

    @Test func controlCharactersNeverReachTheGrid() {
        var grid = Grid(Size(width: 40, height: 1))
        grid.put("a\u{1B}]0;title\u{07}b\u{1B}[2Jc", x: 0, y: 0)
        for x in 0..<grid.width {
            #expect(!grid[x, 0].text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func combiningMarksStayWithTheirBase() {
        var grid = Grid(Size(width: 5, height: 1))
        grid.put("e\u{301}x", x: 0, y: 0)
        #expect(grid[0, 0].text == "e\u{301}")
        #expect(grid[1, 0].text == "x")
    }

    @Test func boxAndTitle() {
        var grid = Grid(Size(width: 20, height: 3))
        grid.box(grid.bounds, glyphs: .unicode, role: .border, title: "B1 发展成绩单")
        #expect(grid.lines() == ["┌─ B1 发展成绩单 ──┐", "│                  │", "└──────────────────┘"])
    }

    @Test func lineTruncatesWithEllipsis() {
        var grid = Grid(Size(width: 9, height: 1))
        grid.line("区域GDP跨千亿大关", in: grid.bounds)
        #expect(grid.lines() == ["区域GDP…"])
        #expect(grid.width(of: grid.lines()[0]) <= 9)
    }

    @Test func rectangleSplits() {
        let r = Rect(x: 0, y: 0, width: 101, height: 31)
        #expect(r.columns(2).map(\.width) == [51, 50])
        #expect(r.rows(2).map(\.height) == [16, 15])
        #expect(Rect(x: 0, y: 0, width: 3, height: 3).inset(2).isEmpty)
    }
}
