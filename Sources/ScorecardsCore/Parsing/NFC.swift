import Foundation

/// Canonical composition, skipped when the text cannot change under it: ASCII, Latin-1,
/// CJK ideographs and their punctuation are already composed, and Chinese issues are almost
/// all of that. Anything else goes through Foundation.
enum NFC {
    static func normalise(_ text: String) -> String {
        stable(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    static func stable(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0000...0x02FF,          // ASCII, Latin-1, Latin Extended, spacing modifiers
                 0x2002...0x206F,          // general punctuation (“ ” … —); U+2000 and U+2001 decompose
                 0x2150...0x218F,          // number forms (Ⅳ)
                 0x3000...0x3029, 0x3030...0x303F,  // CJK punctuation, without the combining tone marks
                 0x4E00...0x9FFF,          // CJK unified ideographs
                 0xFF00...0xFFEF:          // full-width forms
                continue
            default:
                return false
            }
        }
        return true
    }
}
