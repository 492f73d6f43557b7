import ScorecardsGrid
import ScorecardsTestSupport
import Testing

@Suite struct SparklineTests {
    func text(_ cells: [SparkCell]) -> String { cells.map(\.glyph).joined() }

    @Test func longSeriesSpanTheirOwnRangeAndTheMinimumStaysVisible() {
        let cells = Sparkline.cells([.init(977), .init(1000), .init(1030), .init(1060)], glyphs: .unicode)
        #expect(text(cells) == "▁▃▅█")
        #expect(cells.allSatisfy { $0.role == .sparkline })
    }

    /// Two points scaled between themselves always drew ⣀█, whatever the change: +8.5% and
    /// +51.3% looked the same; from a zero baseline (⣿█ against ⣶█) they differed by one row
    /// of braille dots. As shares of the larger value, down to half of it, the year before
    /// stands clearly lower the larger the rise.
    @Test func aLargerChangeLooksLarger() {
        let gdp = Sparkline.cells([.init(1060 / 1.085, derived: true), .init(1060)], glyphs: .unicode)
        let investment = Sparkline.cells([.init(686.4 / 1.513, derived: true), .init(686.4)], glyphs: .unicode)
        #expect(text(gdp) == "⣿█")
        #expect(text(investment) == "⣤█")
        // Stated levels: +8.5% and +51.3% two cells apart and more, out of eight.
        let stated = [1.085, 1.513].map { Sparkline.cells([.init(100 / $0), .init(100)], glyphs: .unicode)[0].glyph }
        #expect(stated == ["▇", "▃"])
        #expect(text(gdp) != text(investment))
        // The same in the braille set, for terminals that draw block elements wide.
        let brailleGDP = Sparkline.cells([.init(1060 / 1.085, derived: true), .init(1060)], glyphs: .braille)
        let brailleInvestment = Sparkline.cells([.init(686.4 / 1.513, derived: true), .init(686.4)], glyphs: .braille)
        #expect(text(brailleGDP) != text(brailleInvestment))
    }

    @Test func derivedPointsLookDifferent() {
        let cells = Sparkline.cells([.init(977, derived: true), .init(1060)], glyphs: .unicode)
        #expect(text(cells) == "⣿█")
        #expect(cells[0].role == .sparklineDerived)
        #expect(cells[1].role == .sparkline)
    }

    /// In one strip, short series share the bottom of their scale: a fall to a third reaches
    /// down to it, and a +8.5% beside it looks as small as it is.
    @Test func shortSeriesShareTheStripsScale() {
        let points: [[Sparkline.Point]] = [[.init(100 / 1.085), .init(100)], [.init(30), .init(90)]]
        let lowest = Sparkline.lowestShare(of: points)
        #expect(abs(lowest - 1.0 / 3) < 1e-9)
        #expect(text(Sparkline.cells(points[1], glyphs: .unicode, scale: .relative(lowest: lowest))) == "▁█")
        #expect(text(Sparkline.cells(points[0], glyphs: .unicode, scale: .relative(lowest: lowest))) == "▇█")
        // Alone, the floor is half the larger value.
        #expect(Sparkline.lowestShare(of: [points[0]]) == Sparkline.relativeFloor)
        // Values below zero fall back to a zero baseline.
        #expect(text(Sparkline.cells([.init(-5), .init(5)], glyphs: .unicode, scale: .relative(lowest: 0.5))) == "▁█")
    }

    @Test func ratesShareTheStripsExtent() {
        // Alone, +5% fills its half; beside a +50% it is a small rise.
        #expect(text(Sparkline.cells([.init(0), .init(5)], glyphs: .unicode, rate: true)) == "▄█")
        #expect(text(Sparkline.cells([.init(0), .init(5)], glyphs: .unicode, scale: .aroundZero(extent: 50))) == "▄▄")
    }

    @Test func missingPeriodsAreNeverInvented() {
        let cells = Sparkline.cells([.init(3), .init(nil), .init(4), .init(5)], glyphs: .unicode)
        #expect(text(cells) == "▁·▅█")
        #expect(cells[1].role == .dim)
    }

    @Test func ratesDivergeAroundZero() {
        // -7.9 and +11.3: a fall sits below the middle, a rise above; zero in the middle.
        #expect(text(Sparkline.cells([.init(-7.9), .init(0), .init(11.3)], glyphs: .unicode, rate: true)) == "▁▄█")
    }

    @Test func equalValues() {
        // From zero, equal levels are equally full; between their own extremes, midway.
        #expect(text(Sparkline.cells([.init(1), .init(1)], glyphs: .unicode)) == "██")
        #expect(text(Sparkline.cells([.init(1), .init(1), .init(1), .init(1)], glyphs: .unicode)) == "▄▄▄▄")
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

@Suite struct DerivedPointStyleTests {
    /// Dimmed grey braille all but vanished in a real xterm: a derived point keeps the
    /// sparkline's colour and differs by its dotted glyph, in every theme.
    @Test(arguments: [Theme.dark, Theme.light, Theme.mono])
    func derivedPointsAreNotDimmed(_ theme: Theme) {
        for depth in [ColorDepth.xterm256, .sixteen, .basic, .none] {
            let derived = theme.style(for: .sparklineDerived, depth: depth)
            let solid = theme.style(for: .sparkline, depth: depth)
            #expect(!derived.dim, "\(theme.name) \(depth)")
            #expect(derived.foreground == solid.foreground, "\(theme.name) \(depth)")
        }
    }
}
