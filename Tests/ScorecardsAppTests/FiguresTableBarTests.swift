import ScorecardsApp
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// The figures table's selected row is highlighted from edge to edge, its change bar
/// included, and the bars of every row share one scale.
@Suite struct FiguresTableBarTests {
    static func screen(_ keys: String, _ size: Size) throws -> (AppState, Grid) {
        var state = AppState(issue: try Fixtures.bundled(), size: size)
        _ = Update.run(try KeyNotation.parse(keys), on: &state)
        return (state, Render.screen(state))
    }

    @Test(arguments: ["mjj", "mjjjjj", "mG", "2mjjj", "ma"], [Size(width: 120, height: 30), Size(width: 80, height: 24)])
    func theSelectedRowHasNoGap(_ keys: String, _ size: Size) throws {
        let (state, grid) = try Self.screen(keys, size)
        guard case .metrics(let metrics) = state.screen else { Issue.record("not the figures table"); return }
        let y = 2 + metrics.selection - metrics.scroll
        let gaps = (0..<grid.width).filter { x in
            let cell = grid[x, y]
            return !cell.isContinuation && cell.role != .selection && cell.role != .selectionReversed
        }
        #expect(gaps.isEmpty, "\(keys) at \(size): columns \(gaps) of '\(grid.lines()[y])'")
    }

    /// +8.5 and +10 drew the same single cell; now every distinct change of B1 draws a
    /// distinct bar, in proportion on one scale.
    @Test func barsAreInEighthsOnOneScale() throws {
        let (_, grid) = try Self.screen("m", Size(width: 120, height: 30))
        let lines = grid.lines()
        func bar(_ change: String) -> String? {
            guard let line = lines.first(where: { $0.contains("↑" + change + " ") }), let zero = line.firstIndex(of: "│") else { return nil }
            return String(line[line.index(after: zero)...].prefix(3))
        }
        #expect(bar("+8.5%") == "▌  ")
        #expect(bar("+10%") == "▋  ")
        #expect(bar("+15.8%") == "▉  ")
        #expect(bar("+17%") == "█  ")
        #expect(bar("+19%") == "█▏ ")
        #expect(bar("+51.3%") == "███")
    }
}
