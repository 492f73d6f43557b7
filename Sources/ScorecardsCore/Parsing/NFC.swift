import Foundation

/// Canonical composition, skipped when the text cannot change under it: ASCII, Latin-1,
/// CJK ideographs and their punctuation are already composed, and Chinese issues are almost
/// all of that. Anything else goes through Foundation, in Unicode's stream-safe form.
enum NFC {
    static func normalise(_ text: String) -> String {
        stable(text) ? text : streamSafe(text).precomposedStringWithCanonicalMapping
    }

    /// The stream-safe text format (UAX #15) has at most 30 combining marks in a row, and no
    /// real text has more; longer runs are cut to 30. Foundation orders the marks of a run
    /// one swap at a time, so a run of n marks cost n²: 64,000 of them (128 KB) took seconds
    /// and a file at the 16 MiB limit hours.
    static let maxCombiningMarks = 30

    static func streamSafe(_ text: String) -> String {
        func isMark(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value >= 0x300 && scalar.properties.canonicalCombiningClass != .notReordered
        }
        var run = 0
        guard text.unicodeScalars.contains(where: { scalar in
            run = isMark(scalar) ? run + 1 : 0
            return run > maxCombiningMarks
        }) else { return text }
        var kept = String.UnicodeScalarView()
        run = 0
        for scalar in text.unicodeScalars {
            run = isMark(scalar) ? run + 1 : 0
            if run <= maxCombiningMarks { kept.append(scalar) }
        }
        return String(kept)
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
