import ScorecardsApp
import ScorecardsGrid
import Testing

@Suite struct KeyNotationTests {
    @Test func plainAndNamedKeys() throws {
        #expect(try KeyNotation.parse("jk<CR>") == [.key(.char("j")), .key(.char("k")), .key(.enter)])
        #expect(try KeyNotation.parse("<Tab><S-Tab><Esc><BS><Space>") ==
                [.key(.tab), .key(.backTab), .key(.escape), .key(.backspace), .key(.char(" "))])
        #expect(try KeyNotation.parse("<Up><Down><Left><Right><PageUp><PageDown><Home><End>") ==
                [.key(.up), .key(.down), .key(.left), .key(.right), .key(.pageUp), .key(.pageDown), .key(.home), .key(.end)])
        #expect(try KeyNotation.parse("<C-d><C-u><C-l><F1><Enter>") ==
                [.key(.ctrl("d")), .key(.ctrl("u")), .key(.ctrl("l")), .key(.function(1)), .key(.enter)])
    }

    @Test func chineseAndLiteralLessThan() throws {
        #expect(try KeyNotation.parse("武昌<lt>") == [.key(.char("武")), .key(.char("昌")), .key(.char("<"))])
    }

    @Test func resize() throws {
        #expect(try KeyNotation.parse("<Resize:101x31>") == [.resize(Size(width: 101, height: 31))])
    }

    @Test func errorsNameTheProblem() {
        #expect(throws: KeyNotation.Failure.self) { try KeyNotation.parse("<Nope>") }
        #expect(throws: KeyNotation.Failure.self) { try KeyNotation.parse("a<b") }
        #expect(throws: KeyNotation.Failure.self) { try KeyNotation.parse("<Resize:0x10>") }
        do {
            _ = try KeyNotation.parse("<Nope>")
        } catch {
            #expect(error.description.contains("<Nope>"))
        }
    }
}
