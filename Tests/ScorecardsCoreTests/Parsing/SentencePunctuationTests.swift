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
