import Testing
@testable import ScorecardsText

/// UAX #14's own conformance test, LineBreakTest-15.0.0.txt.
struct LineBreakConformanceTests {
    struct Case {
        var line: Int
        var scalars: [Unicode.Scalar]
        /// Whether a break is expected at each position, 0...scalars.count.
        var breaks: [Bool]
    }

    static func cases() throws -> [Case] {
        let text = try Fixtures.text("LineBreakTest.txt")
        var cases: [Case] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let data = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            var scalars: [Unicode.Scalar] = []
            var breaks: [Bool] = []
            for token in data.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                switch token {
                case "×": breaks.append(false)
                case "÷": breaks.append(true)
                default:
                    if let v = UInt32(token, radix: 16), let s = Unicode.Scalar(v) { scalars.append(s) }
                }
            }
            if !scalars.isEmpty {
                cases.append(Case(line: number + 1, scalars: scalars, breaks: breaks))
            }
        }
        return cases
    }

    @Test func allCasesPass() throws {
        let cases = try Self.cases()
        var failing: [Int] = []
        for c in cases {
            let actions = LineBreak.opportunities(in: c.scalars, rules: .uax14)
            if actions.map({ $0 != .prohibited }) != c.breaks { failing.append(c.line) }
        }
        print("LineBreakTest 15.0: \(cases.count - failing.count)/\(cases.count) cases pass")
        #expect(cases.count == 7654)
        #expect(failing == [])
    }

    @Test func resultHasOneEntryPerPositionWithFixedEnds() {
        let actions = LineBreak.opportunities(in: "ab cd", rules: .uax14)
        #expect(actions == [.prohibited, .prohibited, .prohibited, .allowed, .prohibited, .mandatory])
        #expect(LineBreak.opportunities(in: [], rules: .uax14) == [.prohibited])
        #expect(LineBreak.opportunities(in: "a\nb", rules: .uax14) == [.prohibited, .prohibited, .mandatory, .mandatory])
    }

    @Test func classesResolvePerLB1() {
        // AI (“ is QU, but · is AI), XX (unassigned), SA (Thai) and CJ resolve as the standard says.
        #expect(LineBreakTable.unit(0x00B7).resolved.cls == .al)
        #expect(LineBreakTable.unit(0x0378).resolved.cls == .al)
        #expect(LineBreakTable.unit(0x0E01).cls == .al)   // Thai letter, SA, Lo
        #expect(LineBreakTable.unit(0x0E31).cls == .cm)   // Thai vowel sign, SA, Mn
        #expect(LineBreakTable.unit(0x3041).resolved.cls == .ns)  // small hiragana, CJ
        #expect(LineBreakTable.unit(0x4E00).cls == .id)
        #expect(LineBreakTable.unit(0x3134B).cls == .id)  // unassigned in plane 3 defaults to ID
        #expect(LineBreakTable.unit(0xFF08).eastAsianWide)  // （ for LB30
        #expect(!LineBreakTable.unit(0x0028).eastAsianWide)
        #expect(LineBreakTable.unit(0x1FFFD).extendedPictographicUnassigned)
    }

    @Test func tablesCoverTheWholeCodeSpace() {
        #expect(LineBreakTable.coverage == 0x110000)
        #expect(WidthTable.coverage == 0x110000)
    }
}
