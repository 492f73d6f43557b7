/// Finds the metrics of one paragraph.
///
/// For each figure it attaches a following change ("1060亿元,增长8.5%") and its basis
/// ("19%(同口径)"), turns a percent after a change word into a change-only metric
/// ("同比下降17%"), groups figures joined by 、/和/及/与 into lists, then labels them:
/// - a count followed by a noun takes that noun with its role in the sentence
///   (`CountPhrase`: "20个项目实现开工" → 项目实现开工, "聘请9名招商大使" → 聘请招商大使);
/// - otherwise the label is the clause before the figure, cleaned of fillers, dates and the
///   district subject ("2017年武昌地区生产总值预计达" → 地区生产总值);
/// - a clause starting with 占 names a share of the figure before it
///   ("服务业产值…910亿元,占GDP比重超过85%" → 服务业产值占GDP比重);
/// - a list takes its categories from the clause when it names as many as there are figures;
/// - a generic label is completed by `LabelCompletion` (投资 → 二次供水设施改造投资).
/// 预计 anywhere before a figure in its sentence makes it an estimate: a list of results
/// that 预计 heads is estimated item by item.
struct ParagraphAnalyzer {
    let text: ScalarText
    let cleaner: LabelCleaner

    private struct Working {
        var figure: Figure
        var beforeQualifier: String?
        /// Where the text read for the label ends: before 约/近/超过 and any change phrase.
        var labelEnd: Int
        /// After the figure and the change attached to it.
        var elementEnd: Int
        var change: Double?
        var isChangeOnly = false
        var changePhraseStart: Int?
        var basis: String?
    }

    static let estimateWord: Word = Array(MetricQualifier.estimate.unicodeScalars)
    static let wholeYearWord: Word = Array("全年".unicodeScalars)

    func analyze() -> (findings: [Finding], lists: [FigureList]) {
        let quotes = QuoteSpans(text)
        let sentences = SentenceIndex(text, words: [Self.estimateWord, Self.wholeYearWord])
        let figures = NumberScanner.scan(text)
            .compactMap { FigureReader.read($0, in: text) }
            .filter { !NonMetricRules.excludes($0, in: text, quotes: quotes, sentences: sentences) }
        var items = figures.map { figure -> Working in
            let before = text.firstMatch(in: MetricQualifier.before, endingAt: figure.start)
            return Working(figure: figure, beforeQualifier: before.map { String(scalars: $0) },
                           labelEnd: figure.start - (before?.count ?? 0), elementEnd: figure.end)
        }
        items = attachChanges(items)
        let groups = group(&items)
        var result = label(items, groups: groups, sentences: sentences)
        LabelCompletion(text: text, cleaner: cleaner, sentences: sentences).complete(&result.findings)
        return result
    }

    /// "增长8.5%" after a figure belongs to it; a percent after a change word with no figure
    /// before it is a change-only metric.
    private func attachChanges(_ input: [Working]) -> [Working] {
        var items = input
        var consumed = Set<Int>()
        for k in items.indices where !consumed.contains(k) && k + 1 < items.count {
            let next = items[k + 1]
            guard next.figure.kind == .percent, next.beforeQualifier == nil, items[k].change == nil,
                  let sign = ChangeReader.attachedSign(from: items[k].figure.end, to: next.figure.start, in: text)
            else { continue }
            items[k].change = sign * next.figure.value
            items[k].elementEnd = next.figure.end
            if let basis = ChangeReader.basis(after: next.figure.end, in: text) {
                items[k].basis = basis.text
                items[k].elementEnd = basis.end
            }
            consumed.insert(k + 1)
        }
        items = items.enumerated().filter { !consumed.contains($0.offset) }.map(\.element)
        for k in items.indices where items[k].figure.kind == .percent && items[k].change == nil {
            if let phrase = ChangeReader.precedingPhrase(before: items[k].labelEnd, in: text) {
                items[k].change = phrase.sign * items[k].figure.value
                items[k].isChangeOnly = true
                items[k].changePhraseStart = phrase.start
                items[k].labelEnd = phrase.start
            }
        }
        return items
    }

    private static let listJoiners = Words.list(["以及", "、", "和", "及", "与"])

    /// Groups figures written as a list ("348项、191项和498项"); later members of a list of
    /// changes take the sign of the first.
    private func group(_ items: inout [Working]) -> [[Int]] {
        var groups: [[Int]] = []
        for k in items.indices {
            if let last = groups.last?.last, joins(items[last], items[k]) {
                if items[last].isChangeOnly, items[k].figure.kind == .percent, !items[k].isChangeOnly,
                   let change = items[last].change {
                    let sign: Double = change < 0 ? -1 : 1
                    items[k].change = sign * items[k].figure.value
                    items[k].isChangeOnly = true
                }
                groups[groups.count - 1].append(k)
            } else {
                groups.append([k])
            }
        }
        return groups
    }

    private func joins(_ a: Working, _ b: Working) -> Bool {
        guard a.figure.unit == b.figure.unit, a.change == nil || a.isChangeOnly,
              b.changePhraseStart == nil, a.elementEnd < b.labelEnd else { return false }
        let between = Array(text.scalars[a.elementEnd..<b.labelEnd])
        return Self.listJoiners.contains(between)
    }

    private static let listMark: Unicode.Scalar = "、"

    private func label(_ items: [Working], groups: [[Int]], sentences: SentenceIndex) -> (findings: [Finding], lists: [FigureList]) {
        var findings: [Finding] = []
        var lists: [FigureList] = []
        var previousEnd = 0
        var lowerBounds: [Int] = Array(repeating: 0, count: items.count)
        for (g, members) in groups.enumerated() where g > 0 {
            if let first = members.first, let last = groups[g - 1].last { lowerBounds[first] = items[last].elementEnd }
        }
        let phrases = CountPhraseReader(text: text, cleaner: cleaner).read(items.indices.map { k in
            CountPhraseReader.Item(figure: items[k].figure, labelEnd: items[k].labelEnd, lowerBound: lowerBounds[k],
                                   isChangeOnly: items[k].isChangeOnly)
        })
        for (g, members) in groups.enumerated() {
            guard let firstIndex = members.first, let lastIndex = members.last else { continue }
            let first = items[firstIndex]
            let before = LabelReader.before(end: first.labelEnd, lowerBound: previousEnd, in: text)
            let afterFigure = before.start == previousEnd && previousEnd > 0
            let estimated = sentences.contains(Self.estimateWord, in: sentences.start(before: first.labelEnd)..<first.labelEnd)
            let nextStart = groups.indices.contains(g + 1) ? groups[g + 1].first.map { items[$0].labelEnd } : nil

            var labels: [String]
            var years: Enumeration.Years?
            var categories: Enumeration.Categories?
            var phrase: CountPhrase?
            if members.count > 1 {
                years = Enumeration.years(in: before.scalars, count: members.count, cleaner: cleaner)
                categories = years == nil
                    ? Enumeration.categories(in: before.scalars, count: members.count, cleaner: cleaner) : nil
                if let years {
                    labels = Array(repeating: years.head, count: members.count)
                } else if let categories {
                    labels = categories.items.map { $0 + categories.head }
                } else {
                    labels = Array(repeating: cleaner.clean(before.scalars, afterFigure: afterFigure),
                                   count: members.count)
                }
            } else if let found = phrases[firstIndex] {
                phrase = found
                labels = [found.label]
            } else {
                labels = [singleLabel(first, before: before.scalars, afterFigure: afterFigure, nextStart: nextStart,
                                      previous: findings.last, previousEnd: previousEnd, sentences: sentences)]
            }

            var list = FigureList(members: [], categories: categories, years: years, changePhrase: nil)
            if let phraseStart = first.changePhraseStart {
                list.changePhrase = text.text(phraseStart..<first.figure.start)
            }
            for (offset, index) in members.enumerated() {
                let item = items[index]
                var qualifiers = [item.figure.innerQualifier, item.figure.trailingQualifier, item.beforeQualifier]
                    .compactMap { $0 }
                if estimated, !qualifiers.contains(MetricQualifier.estimate) { qualifiers.append(MetricQualifier.estimate) }
                list.members.append(findings.count)
                var finding = Finding(figure: item.figure, label: labels[offset], changePercent: item.change,
                                      isChangeOnly: item.isChangeOnly, qualifiers: qualifiers,
                                      year: years?.years[offset], basis: item.basis)
                finding.phrase = phrase
                finding.scope = phrase?.scope ?? []
                finding.continuesList = members.count == 1 && afterFigure && before.scalars.first == Self.listMark
                findings.append(finding)
            }
            if members.count > 1 { lists.append(list) }
            previousEnd = items[lastIndex].elementEnd
        }
        return (findings, lists)
    }

    private static let share: Unicode.Scalar = "占"

    /// The action verb written right before `noun` at the end of `words`.
    private func verb(before noun: String, in words: [Unicode.Scalar]) -> String? {
        let nounScalars = Array(noun.unicodeScalars)
        let view = ScalarText(scalars: words)
        guard view.matches(nounScalars, at: words.count - nounScalars.count) else { return nil }
        return view.firstMatch(in: LabelLexicon.actionVerbs, endingAt: words.count - nounScalars.count).map { String(scalars: $0) }
    }

    private func singleLabel(
        _ item: Working, before: [Unicode.Scalar], afterFigure: Bool, nextStart: Int?,
        previous: Finding?, previousEnd: Int, sentences: SentenceIndex
    ) -> String {
        let plain = LabelCleaner.plain(before)
        if plain.first == Self.share, let previous, previousEnd > 0,
           sentences.start(before: item.figure.start) <= previous.figure.start {
            return previous.label + cleaner.clean(before)
        }
        var label = cleaner.clean(before, afterFigure: afterFigure)
        // "完成投资201亿元": a generic noun keeps the verb the cleaning took from it.
        if LabelLexicon.genericNouns.contains(label), let verb = verb(before: label, in: plain) {
            label = verb + label
        }
        if item.figure.kind == .measure {
            let following = LabelReader.after(start: item.figure.end, nextFigureStart: nextStart, in: text)
            if let noun = LabelLexicon.moneyNouns.first(where: { $0 == following }) {
                label += String(scalars: noun)
            }
        }
        return label
    }
}
