/// Reads the years a "每年" figure covers from the sentence before it.
///
/// - "2015年至2017年" (also 到, -, —, ~) → 2015…2017;
/// - "从2015年起" (also 开始, 以来) with "连续3年" → 2015, 2016, 2017;
/// - "从2015年起" alone → 2015 through the report year;
/// - "连续3年" alone → the three years ending with the report year.
enum YearRange {
    static let maxYears = 50
    private static let everyYear: Word = Array("每年".unicodeScalars)
    private static let startTails = Words.list(["开始", "以来", "起"])
    private static let rangeJoiners = Words.list(["至", "到", "-", "—", "~", "～", "－"])

    /// True when 每年 governs the figure at `position`: its clause says the amount is yearly.
    static func isPerYear(before position: Int, in text: ScalarText) -> Bool {
        text.contains(everyYear, in: text.clauseStart(before: position)..<position)
    }

    static func years(before position: Int, in text: ScalarText, reportYear givenYear: Int?) -> [Int]? {
        // Outside plausible years the arithmetic below could overflow; such a year is unknown.
        let reportYear = givenYear.flatMap { (1...9999).contains($0) ? $0 : nil }
        // The clause test first: it is short, and most figures end here, while the
        // sentence may run the whole paragraph (every figure scanning it was quadratic).
        let clauseStart = text.clauseStart(before: position)
        guard text.contains(everyYear, in: clauseStart..<position) else { return nil }
        let sentenceStart = text.sentenceStart(before: position)
        var start: Int?
        var end: Int?
        var count: Int?
        var i = sentenceStart
        while i < position {
            if text.matches(LabelLexicon.consecutive, at: i) {
                let numberStart = i + LabelLexicon.consecutive.count
                if let (value, length) = number(at: numberStart, in: text), text[numberStart + length] == "年" {
                    count = Int(exactly: value)
                    i = numberStart + length + 1
                    continue
                }
            }
            if text.scalars[i].decimalDigit != nil {
                let token = NumberScanner.readArabic(text, from: i)
                if let year = PeriodResolver.explicitYear(token, in: text) {
                    let after = token.range.upperBound + 1
                    if let joiner = text.firstMatch(in: rangeJoiners, at: after), text[after + joiner.count]?.decimalDigit != nil {
                        let second = NumberScanner.readArabic(text, from: after + joiner.count)
                        if let last = PeriodResolver.explicitYear(second, in: text) {
                            start = year
                            end = last
                            i = second.range.upperBound + 1
                            continue
                        }
                    } else if text.firstMatch(in: startTails, at: after) != nil {
                        start = year
                    }
                }
                i = max(token.range.upperBound, i + 1)
                continue
            }
            i += 1
        }
        let years: [Int]
        if let start, let end {
            guard start <= end else { return nil }
            years = Array(start...min(end, start + maxYears - 1))
        } else if let start, let count {
            guard count >= 1 else { return nil }
            years = Array(start..<(start + min(count, maxYears)))
        } else if let start, let reportYear {
            guard start <= reportYear else { return nil }
            years = Array(start...min(reportYear, start + maxYears - 1))
        } else if let count, let reportYear {
            guard count >= 1 else { return nil }
            let span = min(count, maxYears)
            years = Array((reportYear - span + 1)...reportYear)
        } else {
            return nil
        }
        return years.count >= 2 ? years : nil
    }

    /// An Arabic or Chinese number at `index` and its length.
    private static func number(at index: Int, in text: ScalarText) -> (Double, Int)? {
        guard let first = text[index] else { return nil }
        if first.decimalDigit != nil {
            let token = NumberScanner.readArabic(text, from: index)
            return token.value.isFinite ? (token.value, token.range.count) : nil
        }
        var end = index
        while let scalar = text[end], ChineseNumeral.isNumeralScalar(scalar) { end += 1 }
        guard end > index, let value = ChineseNumeral.value(of: text.scalars[index..<end]) else { return nil }
        return (value, end - index)
    }
}
