import Testing
import ScorecardsText

/// Invariants of wrapping over the whole seed issue at many widths.
struct WrapSeedPropertyTests {
    static let closing = Set("，。、；：！？）》」』】〕’”…‧·—～／,.;:!?)%")
    static let opening = Set("（《「『【〔‘“(")

    /// Widths 2...80, in chunks so the cases run in parallel.
    static let widthChunks: [ClosedRange<Int>] = [2...19, 20...39, 40...59, 60...80]

    @Test(arguments: [AmbiguousWidth.narrow, .wide], widthChunks)
    func invariantsHoldAtEveryWidth(_ ambiguous: AmbiguousWidth, _ widths: ClosedRange<Int>) throws {
        let seed = try Fixtures.seed()
        let layout = WrapLayout(seed, ambiguous: ambiguous)
        for width in widths {
            // Collected, then checked once per width: an expectation per line
            // would cost more than the wrapping.
            var problems: [String] = []
            var cursor = seed.startIndex
            var previous: WrappedLine? = nil
            for line in layout.lines(width: width) {
                // Never wider than the width, and the width is the text's width.
                if line.width > width { problems.append("too wide: \(line.text)") }
                if line.width != DisplayWidth.of(line.text, ambiguous: ambiguous) {
                    problems.append("width \(line.width) is wrong: \(line.text)")
                }
                // Lines follow each other in the text with only dropped spaces and
                // line breaks between them.
                if cursor > line.range.lowerBound {
                    problems.append("overlaps the line before: \(line.text)")
                } else if !seed[cursor..<line.range.lowerBound].allSatisfy({ $0 == " " || $0.isNewline }) {
                    problems.append("text lost before: \(line.text)")
                }
                cursor = line.range.upperBound
                if line.text.last == " " { problems.append("trailing space: \(line.text)") }
                // Prohibitions hold unless a run had to be cut.
                if let first = line.text.first, previous?.end == .wrap, Self.closing.contains(first) {
                    problems.append("starts with \(first): \(line.text)")
                }
                if let last = line.text.last, line.end == .wrap, Self.opening.contains(last) {
                    problems.append("ends with \(last): \(line.text)")
                }
                previous = line
            }
            // So nothing but spaces and line breaks is lost, and nothing repeats.
            if !seed[cursor...].allSatisfy({ $0 == " " || $0.isNewline }) { problems.append("text lost at the end") }
            #expect(problems.isEmpty, "width \(width), \(ambiguous): \(problems.prefix(5))")
        }
    }

    @Test func layoutWrapsLikeWrap() throws {
        let seed = try Fixtures.seed()
        let layout = WrapLayout(seed)
        #expect(layout.totalWidth == DisplayWidth.of(seed))
        for width in [1, 7, 40] {
            #expect(layout.lines(width: width) == Wrap.lines(seed, width: width))
        }
        #expect(layout.lines(width: 0).isEmpty)
    }

    @Test func noCutsAtUsualWidths() throws {
        let layout = WrapLayout(try Fixtures.seed())
        for width in [30, 40, 60, 80] {
            let cuts = layout.lines(width: width).filter { $0.end == .cut }
            #expect(cuts.isEmpty, "width \(width): \(cuts.map(\.text))")
        }
    }

    @Test func everyParagraphAtWidth40() throws {
        for paragraph in try Fixtures.seedParagraphs() {
            let lines = Wrap.lines(paragraph, width: 40)
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { $0.width <= 40 && $0.end != .cut })
            #expect(lines.map { String($0.text) }.joined().filter { $0 != " " } == paragraph.filter { $0 != " " })
        }
    }
}
