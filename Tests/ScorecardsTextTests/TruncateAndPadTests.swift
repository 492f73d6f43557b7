import Testing
import ScorecardsText

struct TruncateAndPadTests {
    @Test func cutsAtDisplayWidthWithAnEllipsis() {
        #expect(Truncate.toWidth("江流贤胜", 5) == "江流…")
        #expect(Truncate.toWidth("江流贤胜", 4) == "江…")   // never half of 流
        #expect(Truncate.toWidth("江流贤胜", 8) == "江流贤胜")
        #expect(Truncate.toWidth("区域GDP跨千亿大关", 8) == "区域GDP…")
        #expect(Truncate.toWidth("hello world", 7) == "hello…")  // space before … dropped
        #expect(Truncate.toWidth("江流贤胜", 5, ellipsis: ">") == "江流>")
    }

    @Test func ellipsisWidthFollowsAmbiguousWidth() {
        #expect(Truncate.toWidth("江流贤胜", 5, ambiguous: .wide) == "江…")
        #expect(Truncate.toWidth("abc", 1, ambiguous: .wide) == "a")  // no room for a wide …
        #expect(Truncate.toWidth("abc", 2, ambiguous: .wide) == "…")
    }

    @Test func degenerateWidths() {
        #expect(Truncate.toWidth("abc", 0) == "")
        #expect(Truncate.toWidth("abc", -3) == "")
        #expect(Truncate.toWidth("", 5) == "")
        #expect(Truncate.toWidth("中", 1) == "…")
        #expect(Truncate.toWidth("中", 1, ambiguous: .wide) == "")
    }

    @Test func neverExceedsTheWidth() throws {
        for paragraph in try Fixtures.seedParagraphs().prefix(40) {
            for width in 0...30 {
                for ambiguous in [AmbiguousWidth.narrow, .wide] {
                    let cut = Truncate.toWidth(paragraph, width, ambiguous: ambiguous)
                    let w = DisplayWidth.of(cut, ambiguous: ambiguous)
                    #expect(w <= max(width, 0))
                    if cut != paragraph && width >= 2 { #expect(cut.last == "…") }
                    if cut != paragraph && width >= 3 { #expect(w >= width - 2) }
                }
            }
        }
    }

    @Test func padsToDisplayWidth() {
        #expect(Pad.left("武昌", 6) == "武昌  ")
        #expect(Pad.right("武昌", 6) == "  武昌")
        #expect(Pad.center("武昌", 7) == " 武昌  ")
        #expect(Pad.left("武昌区", 4) == "武昌区")  // wider: unchanged
        #expect(Pad.left("“五首”", 8, ambiguous: .narrow) == "“五首”  ")
        #expect(Pad.left("“五首”", 8, ambiguous: .wide) == "“五首”")
    }

    @Test func fitGivesExactlyTheWidth() {
        #expect(Pad.fit("江流贤胜", 5) == "江流…")
        #expect(Pad.fit("江流贤胜", 4) == "江… ")
        #expect(Pad.fit("江流", 6, .right) == "  江流")
        #expect(Pad.fit("江流", 0) == "")
        for width in 1...12 {
            #expect(DisplayWidth.of(Pad.fit("区域GDP跨千亿大关", width)) == width)
        }
    }
}
