/// Rewrites the Arabic numbers of a text so that each synthetic issue reports different
/// figures while reading like the seed.
///
/// A figure is multiplied by a factor in `factorRange` that depends only on the salt
/// and the figure as written, so a figure restated within an issue stays the same number
/// (the metric extractor merges restatements by value). Decimals keep their number of places
/// and units are untouched, since only digits are rewritten. Left alone, because changing
/// them would change their meaning rather than a quantity: numbers touching Latin letters
/// (PM2.5, B1), ordinals (第3家), and day, month, hour and house numbers (12月, 101号).
/// Four-digit years written with 年 or in a range are shifted by `yearShift` instead, so an
/// issue published in 2020 reports on 2019.
struct FigureVariation: Sendable {
    var salt: UInt64
    var yearShift: Int
    static let factorRange = 0.75...1.35

    func apply(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard Self.isDigit(scalars[i]) else {
                output.append(scalars[i])
                i += 1
                continue
            }
            var j = i
            while j < scalars.count,
                  Self.isDigit(scalars[j]) || (scalars[j] == "." && j + 1 < scalars.count && Self.isDigit(scalars[j + 1]) && j > i) {
                j += 1
            }
            let token = String(String.UnicodeScalarView(scalars[i..<j]))
            let before = i > 0 ? scalars[i - 1] : nil
            let after = j < scalars.count ? scalars[j] : nil
            output.append(contentsOf: rewrite(token, before: before, after: after).unicodeScalars)
            i = j
        }
        return String(output)
    }

    private func rewrite(_ token: String, before: Unicode.Scalar?, after: Unicode.Scalar?) -> String {
        if let before, Self.isLatinLetter(before) || before == "第" { return token }
        if let after, Self.isLatinLetter(after) || Self.fixedAfter.contains(after) { return token }
        if let year = Int(token), token.count == 4, (1900...2100).contains(year),
           let after, Self.yearAfter.contains(after) {
            return String(year + yearShift)
        }
        return scaled(token)
    }

    private func scaled(_ token: String) -> String {
        guard let value = Double(token) else { return token }
        let places = token.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        var generator = SplitMix64(seed: salt ^ Self.fnv1a(token))
        let unit = generator.nextUnit()
        let factor = Self.factorRange.lowerBound + unit * (Self.factorRange.upperBound - Self.factorRange.lowerBound)
        var power = 1
        for _ in 0..<places { power *= 10 }
        let original = Int((value * Double(power)).rounded())
        var units = Int((value * factor * Double(power)).rounded())
        // A small figure would round back to itself ("1家" × 1.2): move it by one in its last
        // place instead, away from zero, so that every figure differs from the seed's.
        if units == original, original > 0 { units = factor < 1 && original > 1 ? original - 1 : original + 1 }
        // A figure never becomes zero: "0 households" would read as a different statement.
        if value > 0, units == 0 { units = 1 }
        guard places > 0 else { return String(units) }
        let fraction = String(units % power)
        return "\(units / power)." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    static let fixedAfter: Set<Unicode.Scalar> = ["月", "日", "号", "时"]
    static let yearAfter: Set<Unicode.Scalar> = ["年", "-", "—", "至", "~", "～"]

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
    }

    /// FNV-1a over UTF-8: a stable hash (Swift's `Hasher` is seeded per process).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }
}
