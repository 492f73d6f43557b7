import Testing
import ScorecardsText

/// Random text built from the awkward cases (controls, lone marks, joiners,
/// flags, unknown code points, Chinese punctuation) must never crash anything
/// and must keep every invariant.
struct RobustnessTests {
    /// SplitMix64: deterministic, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let pieces: [String] = [
        "武", "昌", "区", " ", "  ", "\n", "\r\n", "\t", "\u{1B}", "\u{07}", "\u{7F}", "\u{85}", "\u{9B}",
        "\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{AD}", "\u{301}", "\u{20DD}", "\u{FE0F}",
        "\u{E0100}", "\u{1F1E8}", "\u{1F1F3}", "\u{1F468}", "\u{1F3FB}", "\u{31350}", "\u{2B739}", "\u{0378}",
        "\u{FFFF}", "\u{2028}", "\u{1100}", "\u{1161}", "\u{11A8}", "a", "Z", "0", "9", ".", ",", ":", ";",
        "(", ")", "?", "!", "%", "+", "-", "“", "”", "‘", "’", "…", "—", "·", "，", "。", "（", "）", "《",
        "》", "亿元", "万", "平方米", "人次", "GDP", "PM2.5", "http://x.cn/a", "\u{A0}", "\u{3000}", "〓",
        "\u{E000}", "ก", "\u{E31}", "\u{5D0}", "\u{600}",
    ]

    static func randomText(_ g: inout Generator) -> String {
        var text = ""
        for _ in 0..<g.next(40) { text += pieces[g.next(pieces.count)] }
        return text
    }

    /// The text in plain ASCII, so a failure report cannot itself upset the terminal.
    static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { s in
            s.value >= 0x20 && s.value < 0x7F ? String(s) : "\\u{" + String(s.value, radix: 16) + "}"
        }.joined()
    }

    @Test func randomTextKeepsTheInvariants() {
        var g = Generator(state: 2018_01_15)
        var problems: [String] = []
        for _ in 0..<1000 {
            let text = Self.randomText(&g)
            let debug = Self.escaped(text)
            for ambiguous in [AmbiguousWidth.narrow, .wide] {
                let width = DisplayWidth.of(text, ambiguous: ambiguous)
                let byClusters = text.reduce(0) { $0 + DisplayWidth.of($1, ambiguous: ambiguous) }
                if width != byClusters { problems.append("width \(width) != \(byClusters): \(debug)") }

                let widest = text.map { DisplayWidth.of($0, ambiguous: ambiguous) }.max() ?? 0
                for lineWidth in [-1, 0, 1, 2, 3, 5, 8, 13] {
                    let lines = Wrap.lines(text, width: lineWidth, ambiguous: ambiguous)
                    for line in lines where line.width > max(lineWidth, widest) {
                        problems.append("line too wide at \(lineWidth): \(debug)")
                    }
                    var cursor = text.startIndex
                    for line in lines {
                        if line.range.lowerBound < cursor { problems.append("lines overlap: \(debug)") }
                        cursor = line.range.upperBound
                    }
                    let cut = Truncate.toWidth(text, lineWidth, ambiguous: ambiguous)
                    if DisplayWidth.of(cut, ambiguous: ambiguous) > max(lineWidth, 0) {
                        problems.append("truncated too wide at \(lineWidth): \(debug)")
                    }
                }
            }
            let safe = TerminalSafe.sanitize(text)
            if TerminalSafe.sanitize(safe) != safe { problems.append("sanitize not idempotent: \(debug)") }
            if safe.unicodeScalars.contains(where: { DisplayWidth.of($0) < 0 }) {
                problems.append("sanitize left a control or unknown: \(debug)")
            }
            let punctuated = Punctuation.fullwidth(text)
            if Punctuation.fullwidth(punctuated) != punctuated { problems.append("fullwidth not idempotent: \(debug)") }
            for rules in [LineBreakRules.uax14, .chinese] {
                let actions = LineBreak.opportunities(in: text, rules: rules)
                if actions.count != text.unicodeScalars.count + 1 { problems.append("action count: \(debug)") }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test func emptyAndTinyInputs() {
        #expect(DisplayWidth.of("") == 0)
        #expect(TerminalSafe.sanitize("") == "")
        #expect(Punctuation.fullwidth("") == "")
        #expect(Truncate.toWidth("", 0) == "")
        #expect(Wrap.lines("\u{301}", width: 1).map(\.width) == [1])
        #expect(Wrap.lines("\n", width: 1).map { String($0.text) } == [""])
        #expect(LineBreak.opportunities(in: "\u{301}", rules: .chinese) == [.prohibited, .mandatory])
    }
}

/// Long runs that rules look back over must not make the work quadratic.
struct LongRunTests {
    @Test(.timeLimit(.minutes(1)), arguments: [".", "1.", "\u{1F1E8}", "\u{200B}", " ", "\u{301}", "中\u{2060}", "(", "亿", ",", "a"])
    func longRunsFinish(_ unit: String) {
        let text = "1" + String(repeating: unit, count: 60_000) + "字"
        for rules in [LineBreakRules.uax14, .chinese] {
            #expect(LineBreak.opportunities(in: text, rules: rules).count == text.unicodeScalars.count + 1)
        }
        let lines = Wrap.lines(text, width: 3)
        #expect(!lines.isEmpty)
        #expect(Punctuation.fullwidth(text).count == text.count)
        #expect(TerminalSafe.sanitize(text).count >= text.count - 1)
    }
}
