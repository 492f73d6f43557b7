/// Reads the categories that a list of figures is distributed over:
/// "“马上办、网上办、一次办”事项分别达到348项、191项和498项" → 马上办/网上办/一次办 + 事项,
/// "PM10、PM2.5同比下降7.9%和11.3%" → PM10/PM2.5,
/// "2015年、2016年和2017年分别为…" → years.
enum Enumeration {
    struct Categories: Equatable, Sendable {
        var items: [String]
        /// The shared noun after the categories ("事项"), possibly empty.
        var head: String
    }

    struct Years: Equatable, Sendable {
        var years: [Int]
        var head: String
    }

    private static let separators: [Unicode.Scalar] = ["、", "和", "及", "与", ",", "，"]
    private static let alsoAnd: Word = Array("以及".unicodeScalars)

    /// Categories for `count` figures from the raw text before the first of them; nil when
    /// the text does not name exactly that many.
    static func categories(in raw: [Unicode.Scalar], count: Int, cleaner: LabelCleaner) -> Categories? {
        guard count >= 2 else { return nil }
        if let open = raw.firstIndex(of: "“"), let close = raw[open...].firstIndex(of: "”") {
            let parts = split(Array(raw[(open + 1)..<close]))
            if parts.count == count {
                let head = cleaner.trimmed(Array(raw[(close + 1)...]))
                return Categories(items: parts.map { String(scalars: $0) }, head: head)
            }
        }
        let trimmed = Array(cleaner.trimmed(raw).unicodeScalars)
        let parts = split(trimmed)
        guard parts.count == count else { return nil }
        return Categories(items: parts.map { String(scalars: $0) }, head: "")
    }

    /// Years when the raw text is a list of exactly `count` years ("2015年、2016年和2017年…").
    static func years(in raw: [Unicode.Scalar], count: Int, cleaner: LabelCleaner) -> Years? {
        guard count >= 2 else { return nil }
        let text = ScalarText(scalars: raw)
        var years: [Int] = []
        var lastEnd = 0
        var i = 0
        while i < text.count {
            guard text.scalars[i].decimalDigit != nil else {
                i += 1
                continue
            }
            let token = NumberScanner.readArabic(text, from: i)
            let end = token.range.upperBound
            if text[end] == "年", token.range.count == 4, let year = Int(exactly: token.value),
               (1900...2100).contains(year) {
                let between = raw[lastEnd..<token.range.lowerBound].filter { !$0.isSpace }
                if !years.isEmpty, !between.allSatisfy(separators.contains) { return nil }
                years.append(year)
                lastEnd = end + 1
            }
            i = max(end, i + 1)
        }
        guard years.count == count else { return nil }
        return Years(years: years, head: cleaner.trimmed(Array(raw[lastEnd...])))
    }

    private static func split(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var text = scalars
        while let range = findAlsoAnd(in: text) { text.replaceSubrange(range, with: ["、"]) }
        return text
            .split(whereSeparator: { separators.contains($0) })
            .map { Array($0).filter { !$0.isQuoteMark && !$0.isSpace } }
            .filter { !$0.isEmpty }
    }

    private static func findAlsoAnd(in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let text = ScalarText(scalars: scalars)
        for i in 0..<scalars.count where text.matches(alsoAnd, at: i) {
            return i..<(i + alsoAnd.count)
        }
        return nil
    }
}
