/// A run of Unicode scalars; spans are scalar offsets, so text is handled at that level.
/// Sets of a few scalars (`NumberScanner.joiners` and the like) are arrays: comparing a
/// handful of values costs less than hashing one, and they are tested at every scalar.
typealias Word = [Unicode.Scalar]

enum Words {
    /// Word lists are tried longest first, so "达到" is matched before "达".
    static func list(_ strings: [String]) -> [Word] {
        strings.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }
}

/// A paragraph as an array of Unicode scalars, with bounds-safe look-ups.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]

    /// One pass over the string: `Array(string.unicodeScalars)` walks it twice, once to
    /// count and once to copy, and every paragraph of every issue comes through here.
    init(_ string: String) {
        let capacity = string.utf8.count
        scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var count = 0
            for scalar in string.unicodeScalars {
                buffer.initializeElement(at: count, to: scalar)
                count += 1
            }
            initialized = count
        }
    }

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    var count: Int { scalars.count }

    subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    func matches(_ word: Word, at index: Int) -> Bool {
        guard !word.isEmpty, index >= 0, index <= scalars.count - word.count else { return false }
        for offset in 0..<word.count where scalars[index + offset] != word[offset] {
            return false
        }
        return true
    }

    /// Word lists are tried at almost every scalar of every paragraph: a word whose first
    /// (or last) scalar differs is passed over without a call.
    func firstMatch(in words: [Word], at index: Int) -> Word? {
        guard index >= 0 && index < scalars.count else { return nil }
        let first = scalars[index]
        for word in words where word.first == first && matches(word, at: index) { return word }
        return nil
    }

    func firstMatch(in words: [Word], endingAt end: Int) -> Word? {
        guard end >= 1 && end <= scalars.count else { return nil }
        let last = scalars[end - 1]
        for word in words where word.last == last && matches(word, at: end - word.count) { return word }
        return nil
    }

    func contains(_ word: Word, in range: Range<Int>) -> Bool {
        let lower = max(0, range.lowerBound)
        let upper = min(count, range.upperBound)
        guard lower < upper else { return false }
        return (lower..<upper).contains { matches(word, at: $0) && $0 + word.count <= upper }
    }

    func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// Start of the sentence holding `index`.
    func sentenceStart(before index: Int) -> Int {
        var i = min(index, count) - 1
        while i >= 0, !scalars[i].isSentenceEnd { i -= 1 }
        return i + 1
    }

    /// End (exclusive) of the sentence holding `index`.
    func sentenceEnd(after index: Int) -> Int {
        var i = max(index, 0)
        while i < count, !scalars[i].isSentenceEnd { i += 1 }
        return i
    }

    /// End (exclusive) of the clause holding `index`: the next clause boundary.
    func clauseEnd(after index: Int) -> Int {
        var i = max(index, 0)
        while i < count, !scalars[i].isClauseBoundary { i += 1 }
        return i
    }

    /// Start of the clause holding `index`: just after the nearest clause boundary.
    func clauseStart(before index: Int) -> Int {
        var i = min(index, count) - 1
        while i >= 0, !scalars[i].isClauseBoundary { i -= 1 }
        return i + 1
    }
}

extension String {
    init(scalars: some Sequence<Unicode.Scalar>) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self.init(view)
    }
}

extension Unicode.Scalar {
    /// 0–9 for ASCII and full-width digits.
    var decimalDigit: Int? {
        switch value {
        case 0x30...0x39: return Int(value - 0x30)
        case 0xFF10...0xFF19: return Int(value - 0xFF10)
        default: return nil
        }
    }

    var isDecimalPoint: Bool { self == "." || value == 0xFF0E }

    var isHan: Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x20000...0x2FFFF).contains(value)
    }

    var isLatinLetter: Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            || (0xFF21...0xFF3A).contains(value) || (0xFF41...0xFF5A).contains(value)
    }

    /// Ends a clause: commas, semicolons, colons and sentence ends, ASCII or full-width.
    /// "、" is not one: it joins the items of a list inside a clause.
    var isClauseBoundary: Bool {
        switch self {
        case ",", "，", ";", "；", ":", "：", "\n", "\r", "\t": return true
        default: return isSentenceEnd
        }
    }

    var isSentenceEnd: Bool {
        switch self {
        case "。", "!", "！", "?", "？", "…", "\n", "\r": return true
        default: return false
        }
    }

    var isQuoteMark: Bool {
        switch self {
        case "“", "”", "‘", "’", "\"", "「", "」", "『", "』": return true
        default: return false
        }
    }

    var isSpace: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x3000, 0x2000...0x200B: return true
        default: return false
        }
    }
}
