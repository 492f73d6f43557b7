import Foundation
import Testing
@testable import ScorecardsText

/// The width table's East Asian Ambiguous marks agree with Unicode's EastAsianWidth.txt.
/// (That ncursesw measures with this same table, whatever the C library, is tested with the
/// terminal: TerminalWidthTests.)
struct AmbiguousWidthTableTests {
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
