/// What a count counts, read from the words around it: the noun after it, the predicate after
/// that noun and the role the words before it give the noun.
///
/// "20个项目实现开工": the noun 项目 is the subject of 实现开工 → 项目实现开工;
/// "对13个国有企业…开展专项审计": an object → 开展专项审计的国有企业;
/// "聘请9名招商大使": a verb acts on the noun → 聘请招商大使;
/// "组织11个食品药品监督所开展…演练": the noun does what follows → 食品药品监督所开展…演练.
struct CountPhrase: Sendable {
    enum Role: Equatable, Sendable {
        /// Nothing but dates, fillers or examples before the count in its clause.
        case subject
        /// A preposition such as 对, 与, 在, 把 right before the count.
        case object
        /// 组织, 帮助 …: the counted things do what follows.
        case causative
        /// An action verb from `LabelLexicon.actionVerbs`.
        case verb(String)
        /// Words the rules do not know: the noun alone.
        case other
    }

    /// The counted noun as it reads in a label ("社会企业", "特大型餐饮企业").
    var noun: String
    /// When the noun phrase names work done on what is counted ("34个老旧社区的二次供水设施改造
    /// 工作"): the counted things and the work, apart.
    var counted: String?
    var activity: String?
    /// What the text says the counted things did or had done, cleaned ("实现开工").
    var predicate: String
    var role: Role
    /// 首批 when the count is a first batch (第一批210件积案).
    var scope: [String]
    /// Text index just after the noun.
    var nounEnd: Int
    /// A list joiner (、和及与) and another count follow the noun: the two share role and predicate.
    var joinsNext = false
    /// Another count starts right after the noun ("17个部门80大项…事项"): the first counts the
    /// owners of the second.
    var nestsNext = false

    /// The label: noun, role and predicate combined.
    var label: String {
        switch role {
        case .subject, .causative:
            return predicate.isEmpty ? noun : Self.award(noun, predicate) ?? noun + predicate
        case .object:
            return predicate.isEmpty ? noun : predicate + "的" + noun
        case .verb(let verb):
            if Self.isCompletive(verb), !predicate.isEmpty {
                return Self.award(noun, predicate) ?? noun + predicate
            }
            if let counted, let activity { return verb + activity + "的" + counted }
            return verb + noun
        case .other:
            return noun
        }
    }

    /// The topic a later figure of the sentence may borrow: the work when there is one.
    var topic: String? {
        guard let activity else { return nil }
        return String(scalars: LabelCleaner.stripSuffixes(Array(activity.unicodeScalars), Words.list(["工作"])))
    }

    private static func isCompletive(_ verb: String) -> Bool {
        LabelLexicon.completives.contains(Array(verb.unicodeScalars))
    }

    /// "2个单位获…示范单位": the counted things are the holders of the title.
    private static func award(_ noun: String, _ predicate: String) -> String? {
        let scalars = Array(predicate.unicodeScalars)
        guard let verb = ScalarText(scalars: scalars).firstMatch(in: LabelLexicon.awardVerbs, at: 0) else { return nil }
        let title = String(scalars: scalars.dropFirst(verb.count))
        return title.hasSuffix(noun) && title.count > noun.count ? title : nil
    }
}

/// Reads the `CountPhrase` of every count with a noun after it in a paragraph.
struct CountPhraseReader {
    let text: ScalarText
    let cleaner: LabelCleaner

    struct Item {
        var figure: Figure
        /// Where the words before the figure end (before 约, 近, 超过).
        var labelEnd: Int
        /// Where the words before the figure may start: the end of the figure before it.
        var lowerBound: Int
        var isChangeOnly: Bool
    }

    private static let listJoiners: [Unicode.Scalar] = ["、", "和", "及", "与"]
    private static let examplesMark: Unicode.Scalar = "等"
    private static let including: Word = Array("包括".unicodeScalars)
    private static let within = Words.list(["在内的", "在内"])
    private static let firstBatch = Words.list(["第一批", "首批"])
    /// Dropped from the end of the words before a count: subjects, 了, 共, and 第一批 (a scope).
    private static let trailingWords = Words.list(["全区", "辖区", "该区", "了", "共计", "共", "第一批", "首批"])
    private static let cutters: [Unicode.Scalar] = ["、", "等"]

    /// One phrase per item, nil where the count has no noun after it (or is no count).
    func read(_ items: [Item]) -> [CountPhrase?] {
        var phrases: [CountPhrase?] = items.indices.map { k in
            phrase(items[k], next: items.indices.contains(k + 1) ? items[k + 1] : nil)
        }
        // Lists and nests share what the text says once: the predicate after the last member
        // and the role before the first ("对13个国有企业、126个科队站所开展专项审计").
        for k in phrases.indices.reversed() {
            guard let current = phrases[k], k + 1 < phrases.count, let next = phrases[k + 1] else { continue }
            if current.joinsNext {
                phrases[k]?.predicate = next.predicate
                // "16家特大型、229家大型餐饮企业": the first borrows the noun the next one states.
                if current.noun.hasSuffix("型"), let head = Self.head(afterAttribute: next.noun) {
                    phrases[k]?.noun = current.noun + head
                }
            } else if current.nestsNext {
                phrases[k]?.predicate = next.noun + next.predicate
            }
        }
        // The words before a later member are the earlier member's noun and the joiner: the
        // role is the list's.
        for k in phrases.indices {
            guard let current = phrases[k], current.joinsNext || current.nestsNext,
                  k + 1 < phrases.count, phrases[k + 1] != nil else { continue }
            phrases[k + 1]?.role = current.role
        }
        return phrases
    }

    private func phrase(_ item: Item, next: Item?) -> CountPhrase? {
        guard item.figure.kind == .count, !item.isChangeOnly else { return nil }
        let start = item.figure.end
        var raw = LabelReader.after(start: start, nextFigureStart: next?.figure.start, in: text)
        while let last = raw.last, Self.listJoiners.contains(last) || last.isSpace { raw.removeLast() }
        let nounEnd = start + raw.count
        var noun = cleaner.cleanFollowing(raw)
        guard !noun.isEmpty else { return nil }

        let clauseEnd = text.clauseEnd(after: nounEnd)
        let nextInClause = next.map { $0.figure.start < clauseEnd } ?? false
        var phrase = CountPhrase(noun: noun, predicate: "", role: .other, scope: [], nounEnd: nounEnd)
        if let next, nextInClause {
            let between = text.scalars[nounEnd..<max(nounEnd, next.labelEnd)].filter { !$0.isSpace }
            phrase.joinsNext = between.count == 1 && Self.listJoiners.contains(between[0]) && next.figure.kind == .count
            phrase.nestsNext = next.figure.start == nounEnd && next.figure.kind == .count
        }
        let predicateEnd = nextInClause ? max(nounEnd, next!.labelEnd) : clauseEnd
        phrase.predicate = predicate(Array(text.scalars[nounEnd..<max(nounEnd, predicateEnd)]))
        // The measure word belongs to the figure that follows ("视频总浏览量超过500万人次").
        if nextInClause, phrase.predicate.isEmpty,
           let word = ScalarText(scalars: Array(noun.unicodeScalars)).firstMatch(in: LabelLexicon.quantityWords, endingAt: noun.unicodeScalars.count),
           noun.unicodeScalars.count - word.count >= 2 {
            noun = String(scalars: noun.unicodeScalars.dropLast(word.count))
            phrase.noun = noun
        }
        if let (counted, activity) = Self.activity(in: raw.filter { !$0.isSpace }) {
            phrase.counted = cleaner.cleanFollowing(counted)
            phrase.activity = String(scalars: activity)
        }
        let before = LabelReader.before(end: item.labelEnd, lowerBound: item.lowerBound, in: text)
        (phrase.role, phrase.scope) = role(before.scalars)
        return phrase
    }

    /// The role the words before a count give its noun, and a 首批 scope.
    private func role(_ raw: [Unicode.Scalar]) -> (CountPhrase.Role, [String]) {
        var words = LabelCleaner.plain(raw)
        // "包括南湖街在内的14个街道": the inclusion names an example, not a role.
        if let open = Self.find(Self.including, in: words) {
            for word in Self.within {
                guard let close = Self.find(word, in: words, from: open) else { continue }
                words.removeSubrange(open..<(close + word.count))
                break
            }
        }
        var scope: [String] = []
        while let word = ScalarText(scalars: words).firstMatch(in: Self.trailingWords, endingAt: words.count) {
            if Self.firstBatch.contains(word) { scope = ["首批"] }
            words.removeLast(word.count)
        }
        // "天风大厦、百胜·中南首府等20个项目": what comes before 等 are examples of the noun;
        // only a verb in front of them still acts on it ("启动南湖二小等6所学校改扩建").
        if words.last == Self.examplesMark {
            let verb = ScalarText(scalars: words).firstMatch(in: LabelLexicon.actionVerbs, at: 0)
            words = verb ?? []
        }
        if ScalarText(scalars: words).firstMatch(in: LabelLexicon.objectMarkers, endingAt: words.count) != nil {
            return (.object, scope)
        }
        while !words.isEmpty {
            let view = ScalarText(scalars: words)
            if view.firstMatch(in: LabelLexicon.objectMarkers, at: 0) != nil { return (.object, scope) }
            if view.firstMatch(in: LabelLexicon.causatives, at: 0) != nil { return (.causative, scope) }
            if let verb = view.firstMatch(in: LabelLexicon.actionVerbs, at: 0) { return (.verb(String(scalars: verb)), scope) }
            var cut = LabelCleaner.datePrefixLength(view)
            if cut == 0, let word = view.firstMatch(in: LabelLexicon.leadingFillers, at: 0) { cut = word.count }
            if cut == 0, let word = view.firstMatch(in: LabelLexicon.genericSubjects, at: 0) { cut = word.count }
            if cut == 0 { cut = cleaner.subjects.prefixLength(of: words) }
            guard cut > 0 else { return (.other, scope) }
            words.removeFirst(min(cut, words.count))
        }
        return (.subject, scope)
    }

    /// The predicate after the noun, cleaned: the first of a list of predicates, without
    /// examples (…等功能), leading adverbs or the district's own name.
    private func predicate(_ raw: [Unicode.Scalar]) -> String {
        var words = LabelCleaner.plain(raw)
        if let cut = words.firstIndex(where: Self.cutters.contains) { words = Array(words[..<cut]) }
        while let word = ScalarText(scalars: words).firstMatch(in: LabelLexicon.predicateAdverbs, at: 0) {
            words.removeFirst(word.count)
        }
        words = LabelCleaner.stripSuffixes(words, LabelLexicon.predicateTrailers)
        words = cleaner.subjects.removingNames(from: words)
        return String(scalars: words)
    }

    /// "老旧社区的二次供水设施改造工作" → (老旧社区, 二次供水设施改造工作); "事业单位“九定”工作"
    /// → (事业单位, 九定工作): a noun phrase ending in 工作 names work on the counted things.
    private static func activity(in words: [Unicode.Scalar]) -> ([Unicode.Scalar], [Unicode.Scalar])? {
        let work: Word = Array("工作".unicodeScalars)
        guard ScalarText(scalars: words).matches(work, at: words.count - work.count),
              let split = words.firstIndex(where: { $0 == "的" || $0 == "“" }), split > 0 else { return nil }
        let counted = words[..<split].filter { !$0.isQuoteMark }
        let activity = words[(split + 1)...].filter { !$0.isQuoteMark }
        guard activity.count > work.count else { return nil }
        return (counted, Array(activity))
    }

    /// "大型餐饮企业" → 餐饮企业: the noun after its size.
    private static func head(afterAttribute noun: String) -> String? {
        let scalars = Array(noun.unicodeScalars)
        guard let mark = scalars.lastIndex(of: "型"), mark + 1 < scalars.count else { return nil }
        return String(scalars: scalars[(mark + 1)...])
    }

    private static func find(_ word: Word, in words: [Unicode.Scalar], from start: Int = 0) -> Int? {
        let view = ScalarText(scalars: words)
        return (max(0, start)..<max(0, words.count)).first { view.matches(word, at: $0) }
    }
}
