import CGlibcLocale
import Foundation
import Testing
@testable import ScorecardsText

/// DisplayWidth must agree with the live glibc wcwidth that ncursesw uses.
struct GlibcWidthAgreementTests {
    /// The blocks where Chinese text lives: CJK Unified Ideographs and extensions
    /// A–H, CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms.
    static let chineseBlocks: [ClosedRange<UInt32>] = [
        0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
        0x2B740...0x2B81F, 0x2B820...0x2CEAF, 0x2CEB0...0x2EBEF, 0x30000...0x3134F,
        0x31350...0x323AF, 0x3000...0x303F, 0xFF00...0xFFEF,
    ]

    /// East_Asian_Width=A ranges, from the fixture copy of EastAsianWidth.txt.
    static func ambiguousRanges() throws -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        for line in try Fixtures.text("EastAsianWidth.txt").split(separator: "\n") {
            let data = line.prefix { $0 != "#" }
            let fields = data.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2, fields[1] == "A" else { continue }
            let bounds = fields[0].components(separatedBy: "..").compactMap { UInt32($0, radix: 16) }
            if let first = bounds.first, let last = bounds.last { result.append(first...last) }
        }
        return result
    }

    /// Code points (surrogates excepted) where DisplayWidth and glibc differ.
    static func disagreements() -> [UInt32] {
        var bad: [UInt32] = []
        for cp in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(cp) else { continue }
            if DisplayWidth.of(scalar) != Int(scg_wcwidth(cp)) { bad.append(cp) }
        }
        return bad
    }

    @Test func agreesWithGlibc() throws {
        #expect(scg_setlocale_utf8() == 1)
        let bad = Set(Self.disagreements())

        var checked = Set(try Fixtures.seed().unicodeScalars.map(\.value))
        let ambiguous = try Self.ambiguousRanges()
        #expect(ambiguous.reduce(0) { $0 + $1.count } > 130_000)  // includes the private use planes
        for range in Self.chineseBlocks + ambiguous { checked.formUnion(range) }
        let badChecked = checked.intersection(bad)
        print("DisplayWidth vs glibc wcwidth: \(badChecked.count) disagreements over \(checked.count) code points"
            + " (seed, CJK blocks, East Asian Ambiguous)")
        #expect(badChecked.isEmpty, "first: \(badChecked.sorted().prefix(10).map { String($0, radix: 16) })")

        print("DisplayWidth vs glibc wcwidth over all code points: \(bad.count) disagreements")
        #expect(bad.isEmpty)

        // Newer ideographs glibc does not know are -1 for glibc and for us alike.
        #expect(scg_wcwidth(0x31350) == -1)
        #expect(scg_wcwidth(0x2B739) == -1)
        #expect(scg_wcwidth(0x4E00) == 2)
    }

    @Test func wideAmbiguousDoublesExactlyTheAmbiguousNarrowOnes() throws {
        var isAmbiguous = [Bool](repeating: false, count: 0x110000)
        for range in try Self.ambiguousRanges() {
            for cp in range { isAmbiguous[Int(cp)] = true }
        }
        var wrong: [UInt32] = []
        for cp in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(cp) else { continue }
            let narrow = DisplayWidth.of(scalar, ambiguous: .narrow)
            let wide = DisplayWidth.of(scalar, ambiguous: .wide)
            let expected = (isAmbiguous[Int(cp)] && narrow == 1) ? 2 : narrow
            if wide != expected { wrong.append(cp) }
        }
        #expect(wrong.isEmpty, "first: \(wrong.prefix(10).map { String($0, radix: 16) })")
    }
}
