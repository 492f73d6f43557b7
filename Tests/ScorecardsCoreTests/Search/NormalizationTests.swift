import Testing
@testable import ScorecardsCore

@Suite("Normalisation")
struct NormalizationTests {
    private func normalized(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for value in TextNormalizer.normalize(text).scalars {
            if let scalar = Unicode.Scalar(value) { view.append(scalar) }
        }
        return String(view)
    }

    @Test func latinIsCaseInsensitive() {
        #expect(normalized("GDP Growth") == "gdpgrowth")
        #expect(normalized("ÀÉÎ") == "àéî")
    }

    @Test func fullWidthFormsEqualHalfWidth() {
        #expect(normalized("ＧＤＰ") == "gdp")
        #expect(normalized("１０６０") == "1060")
        #expect(normalized("，：（）") == ",:()")
        #expect(normalized("｢武昌｣､") == "「武昌」、")
    }

    @Test func whitespaceOfEveryKindIsDropped() {
        #expect(normalized("党建引领 多元善治") == "党建引领多元善治")
        #expect(normalized("党建\u{3000}引领\u{A0}多元\t善治\n") == "党建引领多元善治")
        #expect(normalized("零\u{200B}宽") == "零宽")
    }

    @Test func traditionalCharactersBecomeSimplified() {
        #expect(normalized("經濟") == "经济")
        #expect(normalized("長江") == "长江")
        #expect(normalized("武漢會議") == "武汉会议")
        // Characters that are their own simplified form stay.
        #expect(normalized("著名") == "著名")
    }

    @Test func canonicalEquivalentsCompareEqual() {
        #expect(normalized("e\u{301}") == normalized("é"))
        #expect(normalized("E\u{301}") == "é")
        // A CJK compatibility ideograph is its unified ideograph under NFC (豈, then 岂).
        #expect(normalized("\u{F900}") == normalized("\u{8C48}"))
        #expect(normalized("\u{F900}") == "岂")
    }

    @Test func offsetsMapBackToTheOriginal() {
        let text = TextNormalizer.normalize("党建 引领")
        #expect(text.scalars.count == 4)
        #expect(text.original(0..<2) == 0..<2)
        #expect(text.original(2..<4) == 3..<5)
        #expect(text.original(1..<3) == 1..<4)

        let combining = TextNormalizer.normalize("ae\u{301}b")
        #expect(combining.scalars.count == 3)
        #expect(combining.original(1..<2) == 1..<3)
        #expect(combining.original(2..<3) == 3..<4)

        let plain = TextNormalizer.normalize("武昌区")
        #expect(plain.sourceMap == nil)
    }
}
