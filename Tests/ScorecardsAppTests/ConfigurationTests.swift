import ScorecardsApp
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

@Suite struct ConfigurationTests {
    func failure(_ text: String) -> Configuration.Failure? {
        do {
            _ = try Configuration.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func theDefaultFileReadsBackAsTheDefaults() throws {
        let config = try Configuration.parse(DefaultConfiguration.text())
        #expect(config.theme == "auto")
        #expect(config.language == nil)  // "auto"
        #expect(config.ambiwidth == "auto")
        #expect(config.punctuation == .fullwidth)
        #expect(config.riseColor == .red)
        #expect(config.color == true && config.mouse == false && config.restore == true)
        #expect(try config.keyMap() == .standard)
    }

    @Test func settingsAreRead() throws {
        let config = try Configuration.parse("""
            # comment
            [display]
            theme = "light"   # trailing comment
            language = 'en'
            ambiwidth = 2
            rise-color = "green"
            mouse = true
            """)
        #expect(config.theme == "light" && config.language == .en && config.ambiwidth == "2")
        #expect(config.riseColor == .green && config.mouse == true)
    }

    @Test(arguments: [
        ("[display]\ncolour = true\n", 2, "unknown key 'colour' in [display]"),
        ("[display]\n\ntheme = \"solarized\"\n", 3, "'theme' in [display] must be one of auto, dark, light, mono; found \"solarized\""),
        ("[display]\nmouse = \"yes\"\n", 2, "'mouse' in [display] must be true or false; found a string"),
        ("[display]\nambiwidth = 3\n", 2, "'ambiwidth' in [display] must be \"auto\", 1 or 2; found 3"),
        ("[colours]\n", 1, "unknown table [colours]"),
        ("[display]\ntheme = \"dark\"\ntheme = \"light\"\n", 3, "invalid TOML in key-value pair: cannot redefine existing string 'theme'"),
        ("theme = \"dark\"\n", 1, "'theme' must be inside a table such as [display]"),
        ("[keys.dashboard]\nfly = [\"f\"]\n", 2, "unknown action 'fly' in [keys.dashboard]"),
        ("[keys.dashboard]\nmove-down = [\"<Nope>\"]\n", 2, "bad key \"<Nope>\": unknown key <Nope>; write <lt> for a literal <"),
        ("[keys.dashboard]\nmove-down = [\"jj\"]\n", 2, "bad key \"jj\": one key per entry (write <lt> for a literal <)"),
        ("[keys.dashboard]\n\nmove-down = [\"n\"]\n", 3, "key n would do both 'move-down' and 'search-next' in [keys.dashboard]; rebind one of them"),
        ("[keys.sidebar]\nopen = [\"o\"]\n", 1, "unknown table [keys.sidebar]; key tables are [keys.global], [keys.dashboard], [keys.reader], [keys.metrics], [keys.prompt], [keys.issues], [keys.help]"),
    ])
    func errorsNameTheKeyAndTheLine(_ text: String, _ line: Int, _ message: String) {
        let error = failure(text)
        #expect(error?.line == line)
        #expect(error?.message == message)
    }

    @Test func remappedKeysDriveTheAppTheHelpAndTheStatusBar() throws {
        let config = try Configuration.parse("""
            [keys.dashboard]
            move-down = ["e", "<Down>"]
            move-up = ["u"]
            """)
        let keyMap = try config.keyMap()
        var state = AppState(issue: try Fixtures.bundled(), size: Size(width: 100, height: 30), keyMap: keyMap)
        _ = Update.run(try KeyNotation.parse("eej"), on: &state)
        #expect(state.panes[0].selection == 2)  // j no longer moves
        let status = Render.screen(state).lines().last ?? ""
        #expect(status.contains("e/u 移动"))
        _ = Update.run(try KeyNotation.parse("?"), on: &state)
        let help = Render.screen(state).text
        #expect(help.contains("e ↓"))
        #expect(!help.contains("j ↓"))
    }
}
