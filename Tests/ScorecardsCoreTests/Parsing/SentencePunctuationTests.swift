@testable import ScorecardsCore
import Testing

/// The line classifier's quick test for sentence punctuation answers as the set does, for
/// every character of the Basic Multilingual Plane alone and with a combining mark, and
/// for the canonical equivalents of the punctuation listed (U+037E is a semicolon).
@Suite struct SentencePunctuationTests {
    @Test func quickTestAgreesWithTheSet() {
        var disagreements: [String] = []
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(Character(scalar)), String(Character(scalar)) + "\u{301}"] {
                guard text.count == 1, let character = text.first else { continue }
                if LineClassifier.isSentencePunctuation(character) != LineClassifier.sentencePunctuation.contains(character) {
                    disagreements.append(text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
                }
            }
        }
        #expect(disagreements.isEmpty)
        #expect(LineClassifier.isSentencePunctuation("\u{37E}"))
    }
}

/// Headline lines told a scalar at a time answer as the grapheme-cluster walk does, on
/// lines built from scalars that stand alone and ones that join their neighbours.
@Suite struct HeadlineByScalarTests {
    @Test func scalarWalkAgreesWithCharacterWalk() {
        let alphabet: [String] = [
            "武", "昌", "区", "a", "Z", "1", " ", "。", "，", "、", "！", "?", ";", ":", "…", "“", "”", "（", "）",
            "\u{301}", "\u{302A}", "\u{FF9E}", "\u{200D}", "\u{FE0F}", "\u{37E}", "\u{1F600}", "\u{1F1E8}", "\u{1100}",
            "\u{1161}", "e", "\u{3000}", "\u{303F}", "\u{2010}", "\u{2028}", "\u{FF01}", "\u{FF5E}", "\u{FF61}",
        ]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var disagreements: [String] = []
        for _ in 0..<20000 {
            let length = next(40)
            let line = (0..<length).map { _ in alphabet[next(alphabet.count)] }.joined()
            let text = Substring(line)
            if LineClassifier.isHeadline(text) != LineClassifier.isHeadlineByCharacter(text) { disagreements.append(line) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        #expect(LineClassifier.isHeadlineByScalar("武昌区\u{302A}") == nil)
        #expect(LineClassifier.isHeadlineByScalar("武昌区") == true)
        #expect(LineClassifier.isHeadlineByScalar("武昌区。") == false)
    }
}
