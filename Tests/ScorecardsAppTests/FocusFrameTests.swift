import ScorecardsApp
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// The focused pane's frame is one colour all round, its key-figures rule and the tees that
/// join it (┠ ┨) included; the other panes keep the plain border throughout.
@Suite struct FocusFrameTests {
    static let cases: [(String, Size)] = [("", Size(width: 120, height: 40)), ("3", Size(width: 120, height: 40)),
                                          ("2", Size(width: 80, height: 24)), ("4z", Size(width: 100, height: 30)),
                                          ("", Size(width: 250, height: 70))]

    @Test(arguments: cases.indices)
    func framesAreWhole(_ i: Int) throws {
        let (keys, size) = Self.cases[i]
        var state = AppState(issue: try Fixtures.bundled(), size: size)
        _ = Update.run(try KeyNotation.parse(keys), on: &state)
        let grid = Render.screen(state)
        let layout = DashboardLayout.of(state)
        var checked = 0
        for (index, pane) in layout.panes.enumerated() {
            guard let pane else { continue }
            let focused = index == state.focus
            let frame: Role = focused ? .borderFocused : .border
            let allowed: Set<Role> = [frame, focused ? .titleFocused : .title]
            let box = pane.box
            var wrong: [String] = []
            func check(_ x: Int, _ y: Int, _ roles: Set<Role>) {
                let cell = grid[x, y]
                if cell.isContinuation { return }
                if !roles.contains(cell.role) { wrong.append("(\(x),\(y)) \(cell.text) \(cell.role)") }
            }
            for x in box.x..<box.maxX {
                check(x, box.y, allowed)
                check(x, box.maxY - 1, allowed)
            }
            for y in box.y..<box.maxY {
                check(box.x, y, [frame])
                check(box.maxX - 1, y, [frame])
            }
            // The key-figures rule: tees, line and its title.
            if pane.figures.height > 0 {
                let y = pane.figures.y
                #expect(grid[box.x, y].text == "┠" || grid[box.x, y].text == "├" || grid[box.x, y].text == "#" || grid[box.x, y].text == "+")
                for x in box.x..<box.maxX { check(x, y, allowed) }
                checked += 1
            }
            #expect(wrong.isEmpty, "pane \(index + 1)\(focused ? " (focused)" : ""), keys '\(keys)' at \(size): \(wrong.prefix(8))")
        }
        #expect(checked > 0)
    }
}
