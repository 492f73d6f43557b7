import ScorecardsApp
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// The three themes at 256, 16 and 8 colours, and without colour, written out cell style
/// by cell style; and both interface languages.
@Suite struct ThemeSnapshotTests {
    static func grid(_ keys: String, language: Language = .zh) throws -> Grid {
        var state = AppState(issue: try Fixtures.bundled(), size: Size(width: 80, height: 24), settings: Settings(language: language))
        _ = Update.run(try KeyNotation.parse(keys), on: &state)
        return Render.screen(state)
    }

    @Test(arguments: Theme.names)
    func themes(_ name: String) throws {
        let theme = try #require(Theme.named(name))
        let grid = try Self.grid("/社区<CR>")
        Snapshot.expect(StyledText.render(grid, theme: theme, depth: .xterm256), named: "theme-\(name)-256")
        Snapshot.expect(StyledText.render(grid, theme: theme, depth: .basic), named: "theme-\(name)-8")
    }

    @Test func sixteenColoursUseTheBrightVariants() throws {
        let grid = try Self.grid("")
        let text = StyledText.render(grid, theme: .dark, depth: .sixteen)
        Snapshot.expect(text, named: "theme-dark-16")
        #expect(text.contains("fg14"))  // bright cyan on the focused border
    }

    @Test func noColorKeepsFocusAndSelectionVisible() throws {
        let text = StyledText.render(try Self.grid("j"), theme: .dark, depth: .none)
        #expect(!text.contains("fg") && !text.contains("bg"))
        #expect(text.contains("{b,r}▸"))  // the selection: bold reverse
        Snapshot.expect(text, named: "theme-none")
    }

    @Test func riseColourConventionSwaps() {
        let red = Theme.dark, green = Theme.dark.riseColor(.green)
        #expect(red.style(for: .rise, depth: .sixteen).foreground?.index == Color.red + 8)
        #expect(green.style(for: .rise, depth: .sixteen).foreground?.index == Color.green + 8)
        #expect(green.style(for: .fall, depth: .sixteen).foreground?.index == Color.red + 8)
        // The bars of a change follow the text.
        #expect(green.style(for: .riseBar, depth: .sixteen) == red.style(for: .fallBar, depth: .sixteen))
    }

    @Test(arguments: Language.allCases)
    func languages(_ language: Language) throws {
        Snapshot.expect(try Self.grid("?", language: language).text, named: "help-\(language.rawValue)-80x24")
        Snapshot.expect(try Self.grid("2m", language: language).text, named: "figures-\(language.rawValue)-80x24")
    }
}
