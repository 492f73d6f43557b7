/// Turns the raw text around a figure into a label a reader would accept.
struct LabelCleaner: Sendable {
    let subjects: SubjectNames

    private static let etc: Unicode.Scalar = "等"
    private static let of: Unicode.Scalar = "的"
    private static let listMark: Unicode.Scalar = "、"
    private static let aimedAt: Word = Array("针对".unicodeScalars)
    /// Up to this length the words before 的 stay in the label ("老旧社区的二次供水…").
    private static let shortModifier = 6

    /// Label for text read before a figure. `afterFigure` is true when that text starts
    /// right after another figure, so a leading 和/及 joins two figures rather than starting a name.
    func clean(_ raw: [Unicode.Scalar], afterFigure: Bool = false) -> String {
        var label = Self.plain(raw)
        if afterFigure, let joiner = ScalarText(scalars: label).firstMatch(in: LabelLexicon.listJoiners, at: 0) {
            label.removeFirst(joiner.count)
        }
        label = trim(label)
        // 新增 and 引进 say the figure is an addition, not the stock: they stay when the
        // examples or modifiers after them are dropped ("引进…等500强企业分支机构" → 引进500强企业分支机构).
        let scopeVerb = ScalarText(scalars: label).firstMatch(in: Self.scopeVerbs, at: 0)
        if let scopeVerb, label.count > scopeVerb.count + 1, label[scopeVerb.count] == "了" {
            label.remove(at: scopeVerb.count)
        }
        label = Self.applyOf(label)
        label = Self.afterLastEtc(label)
        label = trim(label)
        if let scopeVerb, !ScalarText(scalars: label).matches(scopeVerb, at: 0) {
            label = scopeVerb + label
        }
        return String(scalars: label)
    }

    private static let scopeVerbs = Words.list(["新增", "引进"])

    /// Label for the noun phrase read after a count ("34个老旧社区的二次供水设施改造工作").
    func cleanFollowing(_ raw: [Unicode.Scalar]) -> String {
        var label = Self.plain(raw)
        while label.first == Self.of || label.first == Self.listMark { label.removeFirst() }
        label = Self.applyOf(label)
        label = Self.afterLastEtc(label)
        label = Self.stripSuffixes(label, LabelLexicon.followingTrailers)
        return String(scalars: label)
    }

    /// Only the filler trimming, for list heads and enumerated categories.
    func trimmed(_ raw: [Unicode.Scalar]) -> String {
        String(scalars: trim(Self.plain(raw)))
    }

    private func trim(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var label = input
        while true {
            let before = label.count
            label = stripLeading(label)
            label = Self.stripSuffixes(label, LabelLexicon.trailingFillers)
            if label.count == before { return label }
        }
    }

    private func stripLeading(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var label = input
        while true {
            let text = ScalarText(scalars: label)
            var cut = Self.datePrefixLength(text)
            if cut == 0, let word = text.firstMatch(in: LabelLexicon.leadingFillers, at: 0) { cut = word.count }
            if cut == 0, let word = text.firstMatch(in: LabelLexicon.genericSubjects, at: 0) { cut = word.count }
            if cut == 0 { cut = subjects.prefixLength(of: label) }
            if cut == 0, label.first == Self.listMark { cut = 1 }
            guard cut > 0, cut <= label.count else { return label }
            label.removeFirst(cut)
        }
    }

    /// Length of a leading date or period such as "2017年", "2017年3月", "7月5日",
    /// "2015年底" or "连续3年" (去年 and 全年 are fillers).
    static func datePrefixLength(_ text: ScalarText) -> Int {
        var j = 0
        if text.matches(LabelLexicon.consecutive, at: 0) { j = LabelLexicon.consecutive.count }
        var consumed = 0
        while true {
            var k = j
            while let scalar = text[k], scalar.decimalDigit != nil || ChineseNumeral.isNumeralScalar(scalar) { k += 1 }
            guard k > j, let end = text[k], LabelLexicon.dateEnds.contains(end) else { break }
            j = k + 1
            if let tail = text[j], LabelLexicon.yearTails.contains(tail) { j += 1 }
            consumed = j
        }
        return consumed
    }

    static func stripSuffixes(_ input: [Unicode.Scalar], _ words: [Word]) -> [Unicode.Scalar] {
        var label = input
        while let word = ScalarText(scalars: label).firstMatch(in: words, endingAt: label.count) {
            label.removeLast(word.count)
        }
        return label
    }

    /// Quotes and spaces are dropped: “马上办” reads as 马上办 in a label.
    static func plain(_ raw: [Unicode.Scalar]) -> [Unicode.Scalar] {
        raw.filter { !$0.isQuoteMark && !$0.isSpace }
    }

    /// "引进神华集团、恒丰银行等500强企业分支机构" → 500强企业分支机构: what follows 等 is the category.
    static func afterLastEtc(_ label: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let index = label.lastIndex(of: etc), label.count - index - 1 >= 2 else { return label }
        return Array(label[(index + 1)...])
    }

    /// Long or listed modifiers before 的 are dropped; short ones are kept without 的.
    static func applyOf(_ label: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let index = label.lastIndex(of: of), label.count - index - 1 >= 2 else { return label }
        let modifier = Array(label[..<index])
        let head = Array(label[(index + 1)...])
        let listed = modifier.contains(listMark) || modifier.contains(etc)
            || ScalarText(scalars: modifier).matches(aimedAt, at: 0)
        if listed || modifier.count > shortModifier { return head }
        return modifier.filter { $0 != of } + head
    }
}
