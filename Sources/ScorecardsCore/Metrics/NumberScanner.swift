/// A number found in a paragraph, before any decision on whether it is a metric.
struct NumberToken: Sendable {
    enum Kind: Sendable {
        case arabic
        case chinese
        /// "百分之八点五": the prefix is the unit, and the token covers it.
        case chinesePercent
    }

    var range: Range<Int>
    /// NaN when the digits cannot be a reported figure (too long to be exact).
    var value: Double
    var kind: Kind
    /// Joined to another number by - / : or a second point: a date, time, phone or version.
    var isCompound: Bool
}

/// Finds Arabic (ASCII or full-width) and Chinese numbers in a paragraph.
enum NumberScanner {
    /// Beyond 15 digits a Double is no longer exact and no report figure is that long.
    static let maxIntegerDigits = 15
    static let percentPrefix: Word = Array("百分之".unicodeScalars)
    static let joiners: [Unicode.Scalar] = ["-", "/", ":", "：", ".", "．", "~", "～", "—", "－", "／"]

    static func scan(_ text: ScalarText) -> [NumberToken] {
        var tokens: [NumberToken] = []
        var i = 0
        while i < text.count {
            let scalar = text.scalars[i]
            if scalar.decimalDigit != nil {
                let token = readArabic(text, from: i)
                tokens.append(token)
                i = token.range.upperBound
            } else if text.matches(percentPrefix, at: i), let token = readChinesePercent(text, from: i) {
                tokens.append(token)
                i = token.range.upperBound
            } else if ChineseNumeral.canStart(scalar) {
                let end = chineseRunEnd(text, from: i, allowingLeadingMultiplier: false)
                if let value = ChineseNumeral.value(of: text.scalars[i..<end]) {
                    tokens.append(NumberToken(range: i..<end, value: value, kind: .chinese, isCompound: false))
                }
                i = max(end, i + 1)
            } else {
                i += 1
            }
        }
        return tokens
    }

    static func readArabic(_ text: ScalarText, from start: Int) -> NumberToken {
        var ascii: [UInt8] = []
        var j = start
        while let d = text[j]?.decimalDigit {
            ascii.append(UInt8(48 + d))
            j += 1
        }
        let integerDigits = ascii.count
        if let point = text[j], point.isDecimalPoint, text[j + 1]?.decimalDigit != nil {
            ascii.append(46)
            j += 1
            while let d = text[j]?.decimalDigit {
                ascii.append(UInt8(48 + d))
                j += 1
            }
        }
        let joinedAfter = text[j].map { joiners.contains($0) } == true && text[j + 1]?.decimalDigit != nil
        let joinedBefore = text[start - 1].map { joiners.contains($0) } == true
            && text[start - 2]?.decimalDigit != nil
        var value = Double.nan
        if integerDigits <= maxIntegerDigits, let parsed = Double(String(decoding: ascii, as: UTF8.self)) {
            value = parsed
        }
        return NumberToken(range: start..<j, value: value, kind: .arabic, isCompound: joinedAfter || joinedBefore)
    }

    private static func readChinesePercent(_ text: ScalarText, from start: Int) -> NumberToken? {
        let numberStart = start + percentPrefix.count
        guard let first = text[numberStart] else { return nil }
        if first.decimalDigit != nil {
            let arabic = readArabic(text, from: numberStart)
            guard !arabic.isCompound else { return nil }
            return NumberToken(range: start..<arabic.range.upperBound, value: arabic.value,
                               kind: .chinesePercent, isCompound: false)
        }
        let end = chineseRunEnd(text, from: numberStart, allowingLeadingMultiplier: true)
        guard end > numberStart, let value = ChineseNumeral.value(of: text.scalars[numberStart..<end]) else {
            return nil
        }
        return NumberToken(range: start..<end, value: value, kind: .chinesePercent, isCompound: false)
    }

    /// End of a run of numeral characters; 点 counts only between digits ("八点五").
    private static func chineseRunEnd(_ text: ScalarText, from start: Int, allowingLeadingMultiplier: Bool) -> Int {
        var j = start
        while let scalar = text[j] {
            if ChineseNumeral.isNumeralScalar(scalar) {
                if j == start, !allowingLeadingMultiplier, !ChineseNumeral.canStart(scalar) { break }
                j += 1
            } else if scalar == ChineseNumeral.decimalPoint, j > start,
                      let next = text[j + 1], ChineseNumeral.digit(next) != nil {
                j += 1
            } else {
                break
            }
        }
        return j
    }
}
