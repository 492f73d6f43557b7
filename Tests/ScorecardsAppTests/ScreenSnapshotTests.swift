import ScorecardsApp
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// Whole screens as text, at several sizes, recorded under Tests/Snapshots
/// (SNAPSHOT_RECORD=1 re-records them).
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 101, height: 31),
                        Size(width: 60, height: 20), Size(width: 40, height: 10), Size(width: 250, height: 70)]

    static func screen(_ keys: String, _ size: Size, settings: Settings = Settings()) throws -> String {
        var state = AppState(issue: try Fixtures.bundled(), size: size, settings: settings)
        _ = Update.run(try KeyNotation.parse(keys), on: &state)
        return Render.screen(state).lines().joined(separator: "\n")
    }

    @Test(arguments: sizes)
    func dashboard(_ size: Size) throws {
        Snapshot.expect(try Self.screen("", size), named: "dashboard-\(size)")
    }

    @Test(arguments: sizes)
    func reader(_ size: Size) throws {
        Snapshot.expect(try Self.screen("<Tab>jjj<CR><C-d>", size), named: "reader-\(size)")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func figuresTable(_ size: Size) throws {
        Snapshot.expect(try Self.screen("2mjjj", size), named: "figures-\(size)")
    }

    @Test func zoomedPane() throws {
        Snapshot.expect(try Self.screen("3z", Size(width: 120, height: 40)), named: "zoomed-120x40")
    }

    @Test func help() throws {
        Snapshot.expect(try Self.screen("?", Size(width: 80, height: 24)), named: "help-80x24")
    }

    @Test func tooSmall() throws {
        Snapshot.expect(try Self.screen("", Size(width: 30, height: 8)), named: "too-small-30x8")
        // Even a single cell draws without trapping.
        #expect(try Self.screen("jj<CR>?", Size(width: 1, height: 1)).count <= 4)
    }

    /// Terminals that draw ambiguous characters wide: ASCII borders, braille bars, and
    /// “ ” · … — counted as two columns.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func ambiguousWide(_ size: Size) throws {
        let settings = Settings(ambiguous: .wide, glyphs: .braille)
        Snapshot.expect(try Self.screen("", size, settings: settings), named: "dashboard-wide-\(size)")
        Snapshot.expect(try Self.screen("<Tab>jjj<CR>", size, settings: settings), named: "reader-wide-\(size)")
    }

    @Test func asciiTerminal() throws {
        Snapshot.expect(try Self.screen("", Size(width: 100, height: 30), settings: Settings(glyphs: .ascii)), named: "dashboard-ascii-100x30")
    }

    @Test func punctuationAsIs() throws {
        Snapshot.expect(try Self.screen("<CR>", Size(width: 80, height: 24), settings: Settings(punctuation: .asis)), named: "reader-asis-80x24")
    }

    @Test func english() throws {
        Snapshot.expect(try Self.screen("", Size(width: 120, height: 40), settings: Settings(language: .en)), named: "dashboard-en-120x40")
    }
}
