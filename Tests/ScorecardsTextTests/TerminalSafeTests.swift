import Testing
import ScorecardsText

struct TerminalSafeTests {
    @Test func escapeSequencesBecomeVisible() {
        #expect(TerminalSafe.sanitize("\u{1B}]0;pwned\u{07}") == "␛]0;pwned␇")
        #expect(TerminalSafe.sanitize("a\u{1B}[2Jb") == "a␛[2Jb")
        #expect(TerminalSafe.sanitize("\u{07}") == "␇")
        #expect(TerminalSafe.sanitize("ab\u{08}c") == "ab␈c")
        #expect(TerminalSafe.sanitize("\u{00}\u{7F}") == "␀␡")
    }

    @Test func whitespaceControlsBecomeSpaces() {
        #expect(TerminalSafe.sanitize("a\tb\nc\rd\r\ne") == "a b c d e")
        #expect(TerminalSafe.sanitize("a\u{2028}b\u{2029}c") == "a b c")
    }

    @Test func c1AndBidiControlsBecomeEscapes() {
        #expect(TerminalSafe.sanitize("x\u{202E}evil") == "x<U+202E>evil")
        #expect(TerminalSafe.sanitize("\u{0085}") == "<U+0085>")
        #expect(TerminalSafe.sanitize("\u{9B}31m") == "<U+009B>31m")
        for v: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C] {
            let s = String(Character(Unicode.Scalar(v)!))
            let hex = String(v, radix: 16, uppercase: true)
            #expect(TerminalSafe.sanitize(s) == "<U+" + String(repeating: "0", count: 4 - hex.count) + hex + ">")
        }
    }

    @Test func undrawableCharactersBecomeThePlaceholder() {
        #expect(TerminalSafe.sanitize("\u{31350}") == "〓")
        #expect(TerminalSafe.sanitize("字\u{2B739}字") == "字〓字")
        #expect(TerminalSafe.sanitize("\u{FFFF}") == "〓")
    }

    @Test func loneMarksGetABase() {
        #expect(TerminalSafe.sanitize("\u{301}abc") == "\u{A0}\u{301}abc")
        #expect(TerminalSafe.sanitize("\u{200B}\u{301}") == "\u{200B}\u{A0}\u{301}")
        // After a control the mark joins the control's replacement.
        #expect(TerminalSafe.sanitize("\n\u{301}") == " \u{301}")
    }

    @Test func controlPicturesAreOneColumn() {
        for v: UInt32 in 0x2400...0x2421 {
            #expect(DisplayWidth.of(Unicode.Scalar(v)!) == 1)
        }
    }

    @Test func resultIsInertAndIdempotent() throws {
        let nasty = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{07}\u{08}\u{202E}\u{0085}\u{31350}\u{301}\r\n\t\u{7F}\u{9F}中文“引号”"
        let once = TerminalSafe.sanitize(nasty)
        #expect(TerminalSafe.sanitize(once) == once)
        for scalar in once.unicodeScalars {
            let v = scalar.value
            #expect(!(v < 0x20 || (0x7F...0x9F).contains(v)))
            #expect(DisplayWidth.of(scalar) >= 0)
        }
        let seed = try Fixtures.seed()
        let safeSeed = TerminalSafe.sanitize(seed)
        #expect(!safeSeed.contains("\n"))
        #expect(TerminalSafe.sanitize(safeSeed) == safeSeed)
    }

    @Test func cleanTextIsReturnedAsIs() throws {
        let paragraph = try Fixtures.seedParagraphs().max(by: { $0.utf8.count < $1.utf8.count }) ?? ""
        #expect(paragraph.utf8.count > 1000)
        let result = TerminalSafe.sanitize(paragraph)
        #expect(result == paragraph)
        // Same storage: nothing was copied.
        let a = paragraph.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        let b = result.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        #expect(a != nil && a == b)
        #expect(TerminalSafe.sanitize("") == "")
    }
}
