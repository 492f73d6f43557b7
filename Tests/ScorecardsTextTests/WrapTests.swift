import Testing
import ScorecardsText

struct WrapTests {
    func texts(_ text: String, _ width: Int, _ ambiguous: AmbiguousWidth = .narrow) -> [String] {
        Wrap.lines(text, width: width, ambiguous: ambiguous).map { String($0.text) }
    }

    @Test func pushesThePreviousCharacterDownWithAClosingMark() {
        // 江流贤胜 fills 8 columns; "," may not start a line, so 胜 comes down with it.
        let lines = Wrap.lines("江流贤胜,大成武昌。", width: 8)
        #expect(lines.map { String($0.text) } == ["江流贤", "胜,大成", "武昌。"])
        #expect(lines.map(\.width) == [6, 7, 6])
        #expect(lines.map(\.end) == [.wrap, .wrap, .endOfText])
        #expect(texts("还是“首府”“首义”", 9) == ["还是“首", "府”“首义”"])
    }

    @Test func ambiguousWidthChangesTheLines() {
        #expect(texts("还是“首府”“首义”", 9, .wide) == ["还是“首", "府”“首", "义”"])
    }

    @Test func breaksLatinAtSpacesAndDropsThem() {
        let lines = Wrap.lines("hello world foo", width: 7)
        #expect(lines.map { String($0.text) } == ["hello", "world", "foo"])
        #expect(lines.map(\.width) == [5, 5, 3])
        #expect(texts("a    ", 3) == ["a"])
    }

    @Test func cutsOnlyRunsWiderThanTheLine() {
        let lines = Wrap.lines("abcdefghij", width: 4)
        #expect(lines.map { String($0.text) } == ["abcd", "efgh", "ij"])
        #expect(lines.map(\.end) == [.cut, .cut, .endOfText])
        #expect(texts("达1060亿元突破", 6) == ["达", "1060亿", "元突破"])
        #expect(texts("达1060亿元突破", 10) == ["达1060亿元", "突破"])
    }

    @Test func hardLineBreaks() {
        #expect(texts("a\nb", 10) == ["a", "b"])
        #expect(texts("a\n\nb\n", 10) == ["a", "", "b"])
        #expect(texts("a\r\nb\u{2028}c", 10) == ["a", "b", "c"])
        let lines = Wrap.lines("ab  \ncd", width: 10)
        #expect(lines.map { String($0.text) } == ["ab", "cd"])
        #expect(lines.map(\.end) == [.newline, .endOfText])
    }

    @Test func keepsIndentationButDropsIndentationThatDoesNotFit() {
        #expect(texts("  发展成绩单:", 20) == ["  发展成绩单:"])
        #expect(texts("          b", 4) == ["b"])
    }

    @Test func neverSplitsAGraphemeCluster() {
        let text = "e\u{301}\u{301}x中\u{1F468}\u{200D}\u{1F469}\u{1F1E8}\u{1F1F3}"
        for width in 1...8 {
            let lines = Wrap.lines(text, width: width)
            #expect(lines.map { String($0.text) }.joined() == text)
            for line in lines {
                #expect(line.text.count == String(line.text).count)
                #expect(line.range.lowerBound.samePosition(in: text) != nil)
                #expect(line.range.upperBound.samePosition(in: text) != nil)
            }
        }
    }

    @Test func degenerateWidthsAndInputs() {
        #expect(Wrap.lines("中文", width: 0).isEmpty)
        #expect(Wrap.lines("中文", width: -5).isEmpty)
        #expect(Wrap.lines("", width: 10).isEmpty)
        #expect(texts("   ", 3) == [""])
        // Width 1: a two-column character takes a line of its own and exceeds it.
        let lines = Wrap.lines("中文a", width: 1)
        #expect(lines.map { String($0.text) } == ["中", "文", "a"])
        #expect(lines.map(\.width) == [2, 2, 1])
        #expect(texts("\u{301}\u{301}", 1) == ["\u{301}\u{301}"])
        #expect(texts("\u{1B}[2J", 2) == ["\u{1B}[2", "J"])  // ESC counts 0; "[2J" is one run
    }

    @Test func hugeInputs() {
        let han = String(repeating: "武昌", count: 50_000)
        let lines = Wrap.lines(han, width: 40)
        #expect(lines.count == 5_000)
        #expect(lines.allSatisfy { $0.width == 40 })
        let word = String(repeating: "x", count: 100_000)
        #expect(Wrap.lines(word, width: 7).count == 14_286)
    }

    @Test func uax14RulesCanBeChosen() {
        #expect(Wrap.lines("达1060亿元", width: 6, rules: .uax14).map { String($0.text) } == ["达1060", "亿元"])
    }
}
