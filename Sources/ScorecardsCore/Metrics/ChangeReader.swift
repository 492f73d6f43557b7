/// Reads rate-of-change phrases: "增长8.5%", "同比增幅51.3%", "同比下降7.9%".
enum ChangeReader {
    static let comparisons = Words.list([
        "同比", "比上年", "较上年", "比去年", "较去年", "比上年同期", "较上年同期", "比去年同期", "较去年同期",
    ])
    static let rises = Words.list(["增长", "增幅", "增加", "上升", "提高", "提升", "涨幅", "上涨"])
    static let falls = Words.list(["下降", "降幅", "减少", "降低", "回落", "下滑", "减幅"])
    /// Words allowed between the keyword and the percent ("下降了7.9%", "增幅达51.3%").
    static let links = Words.list(["达到", "了", "为", "达"])
    static let commas: [Unicode.Scalar] = [",", "，"]

    /// Sign of a change phrase that starts at `index`, right after a figure, and whose
    /// percent starts at `percentStart`; nil when the text between is not such a phrase.
    static func attachedSign(from index: Int, to percentStart: Int, in text: ScalarText) -> Double? {
        var j = index
        if let scalar = text[j], commas.contains(scalar) { j += 1 }
        if let word = text.firstMatch(in: comparisons, at: j) { j += word.count }
        let sign: Double
        if let word = text.firstMatch(in: rises, at: j) {
            sign = 1
            j += word.count
        } else if let word = text.firstMatch(in: falls, at: j) {
            sign = -1
            j += word.count
        } else {
            return nil
        }
        if let word = text.firstMatch(in: links, at: j) { j += word.count }
        return j == percentStart ? sign : nil
    }

    /// A change phrase ending right before a percent at `start`: its sign and where it begins.
    static func precedingPhrase(before start: Int, in text: ScalarText) -> (sign: Double, start: Int)? {
        var e = start
        if let word = text.firstMatch(in: links, endingAt: e) { e -= word.count }
        let sign: Double
        if let word = text.firstMatch(in: rises, endingAt: e) {
            sign = 1
            e -= word.count
        } else if let word = text.firstMatch(in: falls, endingAt: e) {
            sign = -1
            e -= word.count
        } else {
            return nil
        }
        if let word = text.firstMatch(in: comparisons, endingAt: e) { e -= word.count }
        return (sign, e)
    }
}

extension ChangeReader {
    private static let basisWords = Words.list(["口径", "可比"])
    private static let openers: [Unicode.Scalar] = ["(", "（"]
    private static let closers: [Unicode.Scalar] = [")", "）"]

    /// "19%(同口径)": a note in brackets right after a change that says what it is measured
    /// against. Returns the note and the index after its closing bracket.
    static func basis(after index: Int, in text: ScalarText) -> (text: String, end: Int)? {
        guard let open = text[index], openers.contains(open) else { return nil }
        var j = index + 1
        while let scalar = text[j], !closers.contains(scalar) {
            if scalar.isClauseBoundary || j - index > 12 { return nil }
            j += 1
        }
        guard text[j] != nil else { return nil }
        let inside = index + 1..<j
        guard basisWords.contains(where: { text.contains($0, in: inside) }) else { return nil }
        return (text.text(inside), j + 1)
    }
}
