import ScorecardsApp
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// When the tabs do not all fit, the focused one is always shown and a mark with a count
/// stands for those that are not, on the side where they are.
@Suite struct TabOverflowTests {
    static func tabRow(_ keys: String, _ size: Size, settings: Settings = Settings()) throws -> (AppState, String) {
        var state = AppState(issue: try Fixtures.bundled(), size: size, settings: settings)
        _ = Update.run(try KeyNotation.parse(keys), on: &state)
        let layout = DashboardLayout.of(state)
        let row = try #require(layout.tabs).y
        return (state, Render.screen(state).lines()[row])
    }

    static let names = ["发展成绩单", "改革成绩单", "党建成绩单", "稳定成绩单"]

    @Test(arguments: ["", "2", "3", "4", "4<Tab>"], [Settings(), Settings(ambiguous: .wide, glyphs: .braille), Settings(glyphs: .ascii)])
    func everyTabIsShownOrCounted(_ keys: String, _ settings: Settings) throws {
        let (state, row) = try Self.tabRow(keys, Size(width: 40, height: 10), settings: settings)
        // The focused tab is there.
        #expect(row.contains("\(state.focus + 1) \(Self.names[state.focus])"), "\(row)")
        let shown = Self.names.filter { row.contains($0) }.count
        #expect(shown < 4, "\(row)")
        // What is not shown is counted beside an arrow on its side.
        let glyphs = settings.glyphs
        var counted = 0
        if let range = row.range(of: glyphs.moreBefore) {
            let digits = row[range.upperBound...].prefix(while: \.isNumber)
            counted += Int(digits) ?? 0
            #expect(!row.contains(Self.names[0]))
        }
        if let range = row.range(of: glyphs.moreAfter, options: .backwards) {
            let digits = String(row[..<range.lowerBound].reversed().prefix(while: \.isNumber).reversed())
            counted += Int(digits) ?? 0
            #expect(!row.contains(Self.names[3]))
        }
        #expect(shown + counted == 4, "\(row)")
    }

    @Test func allTabsFitWithoutMarks() throws {
        let (_, row) = try Self.tabRow("", Size(width: 80, height: 24))
        #expect(Self.names.allSatisfy { row.contains($0) })
        #expect(!row.contains("◂") && !row.contains("▸"))
    }

    @Test func clickingAMarkFocusesTheNearestHiddenTab() throws {
        var state = AppState(issue: try Fixtures.bundled(), size: Size(width: 40, height: 10))
        let row = try #require(DashboardLayout.of(state).tabs).y
        let line = Render.screen(state).lines()[row]
        let measure = Grid(Size(width: 0, height: 0))
        // The count before the arrow: a narrow digit, one column.
        let markColumn = measure.width(of: line[..<(try #require(line.firstIndex(of: "▸")))]) - 1
        _ = Update.apply(.mouse(MouseEvent(x: markColumn, y: row, button: .left)), to: &state)
        #expect(state.focus == 2)
        let back = Render.screen(state).lines()[row]
        let before = measure.width(of: back[..<(try #require(back.firstIndex(of: "◂")))])
        _ = Update.apply(.mouse(MouseEvent(x: before, y: row, button: .left)), to: &state)
        #expect(state.focus == 0)
    }
}
