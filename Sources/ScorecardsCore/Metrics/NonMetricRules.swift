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
/// - numbers too long to be exact (more than 15 digits);
/// - one of a set: a clause that ends in 之一 ("首批全国十五个…基地项目之一": the set has fifteen,
///   the district one);
/// - the rates of a scheme: 按/按照 … N% … 给予/予以 ("按照企业研发投入资金额度30%给予资金补助");
/// - the parts of a scheme: a count of duties, steps or check items ("等6项职责", "9个环节");
/// - examples: a sentence that opens with 如/例如/比如 tells one case, not the district's figure.
enum NonMetricRules {
    static let shortQuoteLimit = 12
    private static let ordinalMark: Unicode.Scalar = "第"
    private static let plusSigns: [Unicode.Scalar] = ["+", "＋"]
    private static let relativeTime = Words.list(["以来", "前", "后", "来"])
    private static let groupWords: [Unicode.Scalar] = ["组", "队", "班", "批", "个"]

    private static let oneOf: Word = Array("之一".unicodeScalars)
    private static let schemeOpeners = Words.list(["按照", "按"])
    private static let schemeGrants = Words.list(["给予", "予以", "补助", "补贴", "奖励"])
    private static let exampleOpeners = Words.list(["例如", "比如", "如"])
    /// Words starting with 如 that do not open an example (如今, 如果 …).
    private static let notExamples = Words.list(["如今", "如果", "如何", "如此", "如同", "如期", "如实", "如下", "如若", "如意"])

    static func excludes(_ figure: Figure, in text: ScalarText, quotes: QuoteSpans,
                         sentences: SentenceIndex? = nil) -> Bool {
        basicExcludes(figure, in: text, quotes: quotes) || isOneOfASet(figure, in: text)
            || isSchemeRate(figure, in: text) || isSchemePart(figure, in: text)
            || isExample(figure, in: text, sentences: sentences ?? SentenceIndex(text))
    }

    private static func isOneOfASet(_ figure: Figure, in text: ScalarText) -> Bool {
        let end = text.clauseEnd(after: figure.end)
        return text.matches(oneOf, at: end - oneOf.count) && end - oneOf.count >= figure.end
    }

    private static func isSchemeRate(_ figure: Figure, in text: ScalarText) -> Bool {
        let start = text.clauseStart(before: figure.start)
        guard text.firstMatch(in: schemeOpeners, at: start) != nil else { return false }
        let end = text.clauseEnd(after: figure.end)
        return schemeGrants.contains { text.contains($0, in: figure.end..<end) }
    }

    private static func isSchemePart(_ figure: Figure, in text: ScalarText) -> Bool {
        guard figure.kind == .count else { return false }
        let noun = LabelReader.after(start: figure.end, nextFigureStart: nil, in: text)
        let view = ScalarText(scalars: noun)
        // The noun ends where the next number starts ("9个环节58项检查指标").
        let cut = noun.firstIndex { $0.decimalDigit != nil } ?? noun.count
        return view.firstMatch(in: LabelLexicon.schemeParts, endingAt: cut) != nil
    }

    private static func isExample(_ figure: Figure, in text: ScalarText, sentences: SentenceIndex) -> Bool {
        let start = sentences.start(before: figure.start)
        guard text.firstMatch(in: exampleOpeners, at: start) != nil else { return false }
        return text.firstMatch(in: notExamples, at: start) == nil
    }

    private static func basicExcludes(_ figure: Figure, in text: ScalarText, quotes: QuoteSpans) -> Bool {
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
        // The words first: working out the base unit costs more, and few figures are followed by one.
        if text.firstMatch(in: relativeTime, at: figure.span.upperBound) != nil,
           UnitLexicon.timeBases.contains(figure.baseUnit) {
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
