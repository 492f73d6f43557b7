import ScorecardsGrid
import ScorecardsTestSupport
import Testing

@Suite struct SparklineTests {
    func text(_ cells: [SparkCell]) -> String { cells.map(\.glyph).joined() }

    @Test func levelsSpanTheirOwnRangeAndTheMinimumStaysVisible() {
        let cells = Sparkline.cells([.init(977), .init(1000), .init(1060)], glyphs: .unicode)
        #expect(text(cells) == "▁▃█")
        #expect(cells.allSatisfy { $0.role == .sparkline })
    }

    @Test func derivedPointsLookDifferent() {
        let cells = Sparkline.cells([.init(977, derived: true), .init(1060)], glyphs: .unicode)
        #expect(text(cells) == "⣀█")
        #expect(cells[0].role == .sparklineDerived)
    }

    @Test func missingPeriodsAreNeverInvented() {
        let cells = Sparkline.cells([.init(3), .init(nil), .init(5)], glyphs: .unicode)
        #expect(text(cells) == "▁·█")
        #expect(cells[1].role == .dim)
    }

    @Test func ratesDivergeAroundZero() {
        // -7.9 and +11.3: a fall sits below the middle, a rise above; zero in the middle.
        #expect(text(Sparkline.cells([.init(-7.9), .init(0), .init(11.3)], glyphs: .unicode, rate: true)) == "▁▄█")
    }

    @Test func equalValuesSitMidway() {
        #expect(text(Sparkline.cells([.init(1), .init(1)], glyphs: .unicode)) == "▄▄")
    }

    @Test(arguments: GlyphSet.Kind.allCases)
    func everyGlyphSet(_ kind: GlyphSet.Kind) {
        let glyphs = GlyphSet.named(kind)
        let points: [Sparkline.Point] = [.init(1, derived: true), .init(2), .init(nil), .init(4), .init(8)]
        let rates: [Sparkline.Point] = [.init(-5), .init(2), .init(10)]
        let lines = [
            text(Sparkline.cells(points, glyphs: glyphs)),
            text(Sparkline.cells(rates, glyphs: glyphs, rate: true)),
            text(ChangeBar.cells(-3, extent: 6, side: 3, glyphs: glyphs)),
            text(Sparkline.bar(191, maximum: 498, width: 10, glyphs: glyphs)),
        ]
        Snapshot.expect(lines.joined(separator: "\n"), named: "sparkline-\(kind.rawValue)")
        // Nothing drawn is East Asian Ambiguous in the sets meant for terminals that draw those wide.
        if kind != .unicode {
            #expect(lines.joined().unicodeScalars.allSatisfy { $0.isASCII || (0x2800...0x28FF).contains($0.value) || $0 == "▴" || $0 == "▾" })
        }
    }
}
