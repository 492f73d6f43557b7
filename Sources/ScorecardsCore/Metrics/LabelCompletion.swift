/// Completes labels that do not read on their own (`LabelLexicon.isGeneric`) and marks
/// the scope of every figure of a paragraph.
///
/// - an item of a list carries the verb that heads it ("为大学生提供租赁房900套、免费创业工位
///   1000个" → 为大学生提供免费创业工位);
/// - money with a generic label takes the purpose that follows ("投资3996万元完成了34个老旧社区
///   的二次供水设施改造工作" → 二次供水设施改造投资; "安排1亿元资金,推动社区…提档升级" →
///   社区…提档升级资金);
/// - otherwise a generic label takes the topic of the figure before it in the sentence
///   ("重大项目173个,完成投资201亿元" → 经济和社会发展重大项目完成投资; "诉求7万余件,满意率86.3%"
///   → 办理群众各类诉求满意率).
struct LabelCompletion {
    let text: ScalarText
    let cleaner: LabelCleaner
    let sentences: SentenceIndex

    private static let other = Words.list(["其中"])
    private static let cumulative: Word = Array("累计".unicodeScalars)
    private static let scopeVerbs = Words.list(["新增", "引进"])
    private static let topicReach = 8

    func complete(_ findings: inout [Finding]) {
        for k in findings.indices {
            if findings[k].phrase == nil, findings[k].continuesList, k > 0 {
                carryListVerb(from: findings[k - 1], to: &findings[k])
            }
            if LabelLexicon.isGeneric(findings[k].label) {
                if let purpose = purpose(of: findings[k], next: findings.indices.contains(k + 1) ? findings[k + 1] : nil) {
                    findings[k].label = purpose
                } else if let topic = topic(before: k, in: findings) ?? eventTopic(of: findings[k]) {
                    findings[k].label = topic + findings[k].label
                }
            }
            findings[k].scope = scope(of: findings[k])
        }
    }

    /// "引进…500强企业分支机构9家、研发机构1家": the second item is brought in too.
    private func carryListVerb(from previous: Finding, to finding: inout Finding) {
        let label = Array(finding.label.unicodeScalars)
        guard !label.isEmpty, ScalarText(scalars: label).firstMatch(in: LabelLexicon.actionVerbs, at: 0) == nil else { return }
        let head = Array(previous.label.unicodeScalars)
        let view = ScalarText(scalars: head)
        var end = 0
        for i in head.indices {
            if let verb = view.firstMatch(in: LabelLexicon.actionVerbs, at: i) { end = i + verb.count }
        }
        guard end > 0, end < head.count else { return }
        finding.label = String(scalars: head[..<end]) + finding.label
    }

    /// What money with a generic label was for: the work or the things of the next figure in
    /// its clause, or a purpose clause right after it.
    private func purpose(of finding: Finding, next: Finding?) -> String? {
        let label = Array(finding.label.unicodeScalars)
        guard let noun = ScalarText(scalars: label).firstMatch(in: LabelLexicon.purposeNouns, endingAt: label.count)
        else { return nil }
        var j = finding.figure.end
        if let word = text.firstMatch(in: LabelLexicon.moneyNouns, at: j) { j += word.count }
        let clauseEnd = text.clauseEnd(after: j)
        if text.firstMatch(in: LabelLexicon.purposeVerbs, at: j) != nil,
           let next, next.figure.start < clauseEnd, let phrase = next.phrase {
            return (phrase.topic ?? phrase.noun) + String(scalars: noun)
        }
        // "…资金,推动社区党员群众服务中心提档升级": the next clause says what it was for.
        guard j == clauseEnd, let boundary = text[j], !boundary.isSentenceEnd,
              let verb = text.firstMatch(in: LabelLexicon.purposeVerbs, at: j + 1) else { return nil }
        let start = j + 1 + verb.count
        let what = cleaner.trimmed(Array(text.scalars[start..<text.clauseEnd(after: start)]))
        guard what.unicodeScalars.count >= 2 else { return nil }
        return what + String(scalars: noun)
    }

    /// The topic of the nearest figure before `k` in the same sentence whose label reads alone.
    /// A generic label that holds a verb (吸引投资) takes the topic without its own leading
    /// verbs (签约校友资智回汉项目 → 校友资智回汉项目吸引投资); a bare one keeps them
    /// (办理群众各类诉求 + 满意率).
    private func topic(before k: Int, in findings: [Finding]) -> String? {
        let sentenceStart = sentences.start(before: findings[k].figure.start)
        var j = k - 1
        // A few figures back at most: a sentence of thousands of generic figures stays linear.
        while j >= max(0, k - Self.topicReach), findings[j].figure.start >= sentenceStart {
            let previous = findings[j]
            if !LabelLexicon.isGeneric(previous.label), !previous.label.isEmpty {
                var topic = Array((previous.phrase?.topic ?? previous.label).unicodeScalars)
                if !LabelLexicon.genericNouns.contains(findings[k].label) {
                    while let verb = ScalarText(scalars: topic).firstMatch(in: LabelLexicon.actionVerbs, at: 0),
                          topic.count > verb.count + 1 {
                        topic.removeFirst(verb.count)
                    }
                }
                return String(scalars: topic)
            }
            j -= 1
        }
        return nil
    }

    /// Verbs that open a clause naming an event or a programme the next clause's figure
    /// belongs to ("举办区第四届公益创投大赛,资助项目17个").
    private static let eventVerbs = Words.list(["举办", "承办", "召开", "开展", "实施", "启动"])
    private static let ordinalEnds: [Unicode.Scalar] = ["届", "批", "期", "轮", "次"]

    /// The event named by the clause right before a generic label's clause, in the same
    /// sentence, when no figure before it gives a topic: 公益创投大赛 + 资助项目.
    private func eventTopic(of finding: Finding) -> String? {
        let clauseStart = text.clauseStart(before: finding.figure.start)
        guard clauseStart >= 2, let boundary = text[clauseStart - 1], !boundary.isSentenceEnd else { return nil }
        let previousStart = text.clauseStart(before: clauseStart - 1)
        var words = Array(cleaner.trimmed(Array(text.scalars[previousStart..<(clauseStart - 1)])).unicodeScalars)
        guard let verb = ScalarText(scalars: words).firstMatch(in: Self.eventVerbs, at: 0) else { return nil }
        words.removeFirst(verb.count)
        // "区第四届…": the district's own event and its ordinal say nothing of what it is.
        if words.first == "区" { words.removeFirst() }
        if words.first == "第", let end = words.firstIndex(where: Self.ordinalEnds.contains),
           words[1..<end].allSatisfy({ ChineseNumeral.isNumeralScalar($0) || $0.decimalDigit != nil }) {
            words.removeFirst(end + 1)
        }
        words = words.filter { !$0.isQuoteMark }
        guard words.count >= 2, !words.contains(where: { $0.decimalDigit != nil }) else { return nil }
        return String(scalars: words)
    }

    /// The scope words that apply: 新增/引进 leading the label, 其中 leading the clause, 累计
    /// in the clause, 全年 anywhere before the figure in its sentence, 首批 from the count.
    private func scope(of finding: Finding) -> [String] {
        var words = finding.scope
        let label = Array(finding.label.unicodeScalars)
        if let verb = ScalarText(scalars: label).firstMatch(in: Self.scopeVerbs, at: 0) {
            words.append(String(scalars: verb))
        }
        let start = finding.figure.start
        let clauseStart = text.clauseStart(before: start)
        if text.firstMatch(in: Self.other, at: clauseStart) != nil { words.append("其中") }
        if text.contains(Self.cumulative, in: clauseStart..<start) { words.append("累计") }
        if sentences.contains(ParagraphAnalyzer.wholeYearWord, in: sentences.start(before: start)..<start) {
            words.append("全年")
        }
        return MetricScope.ordered(words)
    }
}
