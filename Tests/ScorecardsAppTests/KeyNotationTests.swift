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

    /// A Ctrl chord is the key a terminal makes of its byte (ControlKeys): Ctrl-M is Enter,
    /// Ctrl-I is Tab, Ctrl-J and Ctrl-H are keys of their own; a control character in the
    /// text is read the same way.
    @Test func controlChordsAreTheKeysTheTerminalMakes() throws {
        #expect(try KeyNotation.parse("<C-m><C-M><C-i><C-j><C-h>") ==
                [.key(.enter), .key(.enter), .key(.tab), .key(.ctrl("j")), .key(.ctrl("h"))])
        #expect(try KeyNotation.parse("\r\n\t\u{1B}\u{7F}") ==
                [.key(.enter), .key(.ctrl("j")), .key(.tab), .key(.escape), .key(.backspace)])
        #expect(throws: KeyNotation.Failure.self) { try KeyNotation.parse("\u{1C}") }
        for byte in UInt8(0x01)...0x1A {
            let key = try #require(ControlKeys.key(forByte: UInt32(byte)))
            #expect(ControlKeys.byte(for: key) == byte, "\(key)")
            let letter = Character(Unicode.Scalar(byte + 0x60))
            #expect(try KeyNotation.parse("<C-\(letter)>") == [.key(key)])
        }
    }

    /// Every key of the standard key map is one a terminal can send and the notation can
    /// write back: none is a Ctrl chord that arrives as another key.
    @Test func everyStandardKeyIsReachable() throws {
        for binding in KeyMap.standard.bindings {
            for key in binding.keys {
                #expect(try KeyNotation.parse(key.notation) == [.key(key)], "\(binding.action.name): \(key.notation)")
            }
        }
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
