import Testing
import ScorecardsText

struct DisplayWidthTests {
    @Test func scalarsHaveGlibcValues() {
        #expect(DisplayWidth.of("a" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("武" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of("，" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of("\u{301}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{1B}" as Unicode.Scalar) == -1)
        #expect(DisplayWidth.of("\u{31350}" as Unicode.Scalar) == -1)  // Ext H, newer than the table's Unicode 14
        #expect(DisplayWidth.of("\u{2B739}" as Unicode.Scalar) == -1)
        #expect(DisplayWidth.of("\u{2B738}" as Unicode.Scalar) == 2)
    }

    @Test(arguments: ["“", "”", "‘", "’", "·", "…", "—", "─", "│", "┌", "▁", "█", "→", "×"] as [Unicode.Scalar])
    func ambiguousAreOneOrTwo(_ s: Unicode.Scalar) {
        #expect(DisplayWidth.of(s, ambiguous: .narrow) == 1)
        #expect(DisplayWidth.of(s, ambiguous: .wide) == 2)
    }

    @Test func brailleIsNotAmbiguous() {
        #expect(DisplayWidth.of("⣿" as Unicode.Scalar, ambiguous: .wide) == 1)
    }

    @Test func clustersSumTheirScalars() {
        #expect(DisplayWidth.of("é" as Character) == 1)              // e + U+0301
        #expect(DisplayWidth.of("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}" as Character) == 6)
        #expect(DisplayWidth.of("\u{2764}\u{FE0F}" as Character) == 1)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}" as Character) == 2)  // conjoining Hangul
        #expect(DisplayWidth.of("\u{8449}\u{E0100}" as Character) == 2)         // ideograph + variation selector
    }

    @Test func unknownScalarsCountAsThePlaceholder() {
        #expect(DisplayWidth.placeholder == "〓")
        #expect(DisplayWidth.of(DisplayWidth.placeholder) == 2)
        #expect(DisplayWidth.of("\u{31350}" as Character) == 2)
        #expect(DisplayWidth.of("a\u{31350}b") == 4)
        #expect(DisplayWidth.of("\u{0378}" as Character) == 2)  // unassigned
    }

    @Test func loneCombiningMarkIsDrawnOnABase() {
        // A cluster that starts with a mark gets a no-break space as base when
        // sanitized, so it takes one column.
        #expect(DisplayWidth.of("\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("\u{301}\u{302}" as Character) == 1)
        #expect(DisplayWidth.of("\u{301}abc") == 4)
        #expect(DisplayWidth.of("\u{200B}\u{301}") == 1)      // after ZWSP the mark is alone
        #expect(DisplayWidth.of("\u{200B}" as Character) == 0)  // format characters stay zero
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func controlsCountZero() {
        #expect(DisplayWidth.of("\u{1B}[2J") == 3)
        #expect(DisplayWidth.of("\r\n" as Character) == 0)
    }

    @Test func stringsSumTheirClusters() throws {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("江流贤胜,大成武昌。") == 19)
        #expect(DisplayWidth.of("“五首”之区", ambiguous: .narrow) == 10)
        #expect(DisplayWidth.of("“五首”之区", ambiguous: .wide) == 12)
        #expect(DisplayWidth.of("区域GDP"[...]) == 7)
        let seed = try Fixtures.seed()
        for ambiguous in [AmbiguousWidth.narrow, .wide] {
            let byClusters = seed.reduce(0) { $0 + DisplayWidth.of($1, ambiguous: ambiguous) }
            #expect(DisplayWidth.of(seed, ambiguous: ambiguous) == byClusters)
        }
        let tricky = "\u{301}a\u{1B}\u{301}\u{AD}\u{301}\u{200B}\u{20DD}中\u{31350}"
        #expect(DisplayWidth.of(tricky) == tricky.reduce(0) { $0 + DisplayWidth.of($1) })
    }
}
