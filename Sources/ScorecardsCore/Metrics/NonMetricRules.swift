/// Decides which figures are not reported quantities even though a unit follows them.
///
/// Numbers without a unit (dates, years, ages, page numbers, "十九大", "500强", "101号楼")
/// never become figures in the first place; a bare scale after Arabic digits ("突破1000万")
/// does, as unit "万". These rules handle the rest:
/// - ordinals: 第 before the number (第3家, 第一批);
/// - compounds: numbers joined by - / : or a second point (2018-01-15, 15:10);
/// - names: a Latin letter or + touching the number (PM2.5, 5G, “2+12”);
/// - titles and slogans: inside 《》, or inside “” of at most 12 characters ("七个到位");
/// - narrative counts: a Chinese numeral below 10 without 余/多 (四份成绩单, 五项方案, 一件事),
///   following the newspaper convention of writing statistics in Arabic digits;
/// - points in time: a duration followed by 前, 后, 以来 or 来 (两个月前);
/// - group sizes: "7人一组";
/// - thresholds: 以上/以下 followed by a noun ("10亿元以上现代服务业项目25个");
/// - numbers too long to be exact (more than 15 digits).
enum NonMetricRules {
    static let shortQuoteLimit = 12
    private static let ordinalMark: Unicode.Scalar = "第"
    private static let plusSigns: Set<Unicode.Scalar> = ["+", "＋"]
    private static let relativeTime = Words.list(["以来", "前", "后", "来"])
    private static let groupWords: Set<Unicode.Scalar> = ["组", "队", "班", "批", "个"]

    static func excludes(_ figure: Figure, in text: ScalarText, quotes: QuoteSpans) -> Bool {
        let token = figure.number
        let start = figure.start
        if token.isCompound || !figure.value.isFinite { return true }
        if text[start - 1] == ordinalMark { return true }
        if token.kind == .arabic {
            let before = text[start - 1]
            let after = text[token.range.upperBound]
            if before?.isLatinLetter == true || after?.isLatinLetter == true { return true }
            if before.map(plusSigns.contains) == true || after.map(plusSigns.contains) == true { return true }
        }
        if quotes.isNameOrTitle(at: start) { return true }
        if token.kind == .chinese, figure.value < 10, figure.innerQualifier == nil { return true }
        if UnitLexicon.timeBases.contains(figure.baseUnit),
           text.firstMatch(in: relativeTime, at: figure.span.upperBound) != nil {
            return true
        }
        if text[figure.end] == "一", let word = text[figure.end + 1], groupWords.contains(word) { return true }
        if let trailing = figure.trailingQualifier, MetricQualifier.thresholds.contains(trailing),
           let next = text[figure.end], !next.isClauseBoundary, next != ")", next != "）" {
            return true
        }
        return false
    }
}

/// Quoted stretches of a paragraph, to tell names and titles from quoted speech.
struct QuoteSpans: Sendable {
    /// Inner ranges of “…” pairs.
    private(set) var quotes: [Range<Int>] = []
    /// Inner ranges of 《…》 pairs.
    private(set) var titles: [Range<Int>] = []

    init(_ text: ScalarText) {
        var openQuotes: [Int] = []
        var openTitles: [Int] = []
        for (i, scalar) in text.scalars.enumerated() {
            switch scalar {
            case "“", "「": openQuotes.append(i)
            case "”", "」": if let open = openQuotes.popLast() { quotes.append((open + 1)..<i) }
            case "《": openTitles.append(i)
            case "》": if let open = openTitles.popLast() { titles.append((open + 1)..<i) }
            default: break
            }
        }
    }

    /// True inside a title, or inside a quote short enough to be a name or slogan.
    func isNameOrTitle(at index: Int) -> Bool {
        if titles.contains(where: { $0.contains(index) }) { return true }
        return quotes.contains { $0.contains(index) && $0.count <= NonMetricRules.shortQuoteLimit }
    }
}
