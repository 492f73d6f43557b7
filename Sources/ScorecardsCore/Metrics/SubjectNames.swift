/// District names used as sentence subjects ("武昌区…"), found in the article itself so
/// that "武昌区服务业产值" and "武昌地区生产总值" lose the subject and keep the measure.
struct SubjectNames: Sendable {
    /// Three-character names ending in 区, such as 武昌区.
    private(set) var names: [Word] = []
    /// The same names without 区, such as 武昌.
    private(set) var stems: [Word] = []

    private static let district: Unicode.Scalar = "区"
    /// A clause-initial preposition or determiner means the trigram is not a name (在全区, 各社区).
    private static let notFirst: [Unicode.Scalar] = [
        "在", "对", "从", "于", "向", "为", "由", "与", "将", "把", "被", "让", "使", "给", "和", "及",
        "同", "跟", "按", "经", "据", "各", "每", "该", "本", "全", "我", "此", "其",
    ]
    /// Second characters of common words that end in 区 but are not names (辖区, 城区, 社区).
    private static let notSecond: [Unicode.Scalar] = ["全", "该", "本", "我", "辖", "城", "社", "街", "园", "景"]

    init(paragraphs: [ScalarText]) {
        var seen = Set<String>()
        for text in paragraphs {
            var i = 0
            while i + 2 < text.count {
                let atClauseStart = i == 0 || text.scalars[i - 1].isClauseBoundary || text.scalars[i - 1].isSpace
                let first = text.scalars[i]
                let second = text.scalars[i + 1]
                if atClauseStart, first.isHan, second.isHan, text.scalars[i + 2] == Self.district,
                   !Self.notFirst.contains(first), !Self.notSecond.contains(second) {
                    let name = [first, second, Self.district]
                    if seen.insert(String(scalars: name)).inserted {
                        names.append(name)
                        stems.append([first, second])
                    }
                }
                i += 1
            }
        }
    }

    /// Length of a subject at the start of `label`, or 0.
    func prefixLength(of label: [Unicode.Scalar]) -> Int {
        let text = ScalarText(scalars: label)
        if let name = text.firstMatch(in: names, at: 0) { return name.count }
        if let stem = text.firstMatch(in: stems, at: 0), label.count - stem.count >= 2 { return stem.count }
        return 0
    }

    /// `words` without the district's full names anywhere ("入驻武昌区南湖街…" → 入驻南湖街…).
    func removingNames(from words: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard !names.isEmpty else { return words }
        var out: [Unicode.Scalar] = []
        let view = ScalarText(scalars: words)
        var i = 0
        while i < words.count {
            if let name = view.firstMatch(in: names, at: i) {
                i += name.count
                continue
            }
            out.append(words[i])
            i += 1
        }
        return out
    }

    /// True when the paragraph names the district (武昌区, or 武昌 before other words).
    func isMentioned(in text: ScalarText) -> Bool {
        (0..<text.count).contains { text.firstMatch(in: names, at: $0) != nil || text.firstMatch(in: stems, at: $0) != nil }
    }
}
