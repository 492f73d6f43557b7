/// What a line of an issue file is, judged on the line alone.
enum LineRole: Equatable {
    case blank
    /// `《长江日报城区读本》2018年第1期.大成武昌`
    case title(publication: String, number: String?)
    /// The web page's `来源:… 发表日期:… 字体大小:【大】…` line.
    case pageChrome(source: String?, date: String?)
    /// The web page's `打印本页 关闭 返回顶部` footer.
    case footer
    /// The printed page header, `2018年01月15日 星期五 长江日报 大成武昌`.
    case pageHeader(date: String?)
    /// `B1`
    case pageMarker(String)
    /// The page number under the marker.
    case pageNumber
    /// `发展成绩单:`; `word` is what stands before 成绩单.
    case scorecardHeading(word: String, name: String)
    /// Short, without sentence punctuation: a headline line.
    case headline
    case paragraph
}

enum LineClassifier {
    /// Headlines in these supplements run to about 20 characters; body paragraphs are
    /// sentences. A short line without sentence punctuation is a headline line.
    static let headlineMaxLength = 32

    /// Page chrome, footers and headers are short; body paragraphs, most lines of a file,
    /// are longer than this many UTF-8 bytes and skip those checks.
    static let chromeMaxBytes = 240

    static func classify(_ text: Substring, beforeFirstScorecard: Bool) -> LineRole {
        if text.isEmpty { return .blank }
        let bytes = text.utf8.count
        if bytes <= chromeMaxBytes {
            if beforeFirstScorecard, text.hasPrefix("《"), let close = text.firstIndex(of: "》") {
                let publication = String(text[text.index(after: text.startIndex)..<close])
                return .title(publication: publication, number: issueNumber(in: text[close...]))
            }
            if text.containsUTF8("字体大小") || text.hasPrefix("来源:") || text.hasPrefix("来源：") || text.containsUTF8("发表日期") {
                return .pageChrome(source: field(after: "来源", in: text), date: field(after: "发表日期", in: text).flatMap(isoDate))
            }
            if bytes < 120, text.containsUTF8("打印本页") || text.containsUTF8("返回顶部") { return .footer }
            if bytes < 120, text.containsUTF8("星期"), let date = chineseDate(text) { return .pageHeader(date: date) }
            if isPageMarker(text) { return .pageMarker(String(text)) }
            if bytes <= 3, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return .pageNumber }
            if let heading = scorecardHeading(text) { return heading }
        }
        if isHeadline(text) { return .headline }
        return .paragraph
    }

    static func isHeadline(_ text: Substring) -> Bool {
        if let known = isHeadlineByScalar(text) { return known }
        return isHeadlineByCharacter(text)
    }

    static func isHeadlineByCharacter(_ text: Substring) -> Bool {
        var count = 0
        for character in text {
            count += 1
            if count > headlineMaxLength || isSentencePunctuation(character) { return false }
        }
        return !text.hasSuffix("、")
    }

    /// The same answer a scalar at a time, while every scalar read is one that is a
    /// character on its own whatever follows (`standsAlone`); nil as soon as one is not,
    /// and `isHeadlineByCharacter` decides. Walking grapheme clusters cost hundreds of
    /// instructions a character, and nearly every line is Han, ASCII and punctuation.
    static func isHeadlineByScalar(_ text: Substring) -> Bool? {
        var count = 0
        var punctuation = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard standsAlone(value) else { return nil }
            // The character before was exactly that punctuation: nothing joined it.
            if punctuation { return false }
            count += 1
            if count > headlineMaxLength { return false }
            if (value < 0x80 && asciiSentencePunctuation.contains(value)) || sentencePunctuationScalars.contains(value) {
                punctuation = true
            }
        }
        if punctuation { return false }
        return !text.hasSuffix("、")
    }

    /// Scalars that neither extend the character before them nor join the one after
    /// (Grapheme_Cluster_Break Other): printable ASCII, CJK ideographs, CJK punctuation
    /// (less the combining tone marks U+302A–U+302F), general punctuation from U+2010 to
    /// U+2027, and the full-width forms of ASCII.
    @inline(__always)
    static func standsAlone(_ value: UInt32) -> Bool {
        (value >= 0x20 && value <= 0x7E) || (value >= 0x4E00 && value <= 0x9FFF)
            || (value >= 0x3000 && value <= 0x303F && !(value >= 0x302A && value <= 0x302F))
            || (value >= 0x2010 && value <= 0x2027) || (value >= 0xFF01 && value <= 0xFF5E)
    }

    private static let sentencePunctuationScalars: [UInt32] = sentencePunctuation.compactMap { character in
        character.unicodeScalars.count == 1 && !character.unicodeScalars.first!.isASCII ? character.unicodeScalars.first!.value : nil
    }

    static let sentencePunctuation: Set<Character> = ["。", "！", "？", "!", "?", "；", ";", "，", ",", "：", ":", "…"]

    /// `sentencePunctuation.contains(character)`, without hashing the characters that
    /// cannot be in it: one led by a Han ideograph (no ideograph composes into
    /// punctuation), or by an ASCII scalar other than the punctuation listed. Every line
    /// of every issue is tested a character at a time.
    static func isSentencePunctuation(_ character: Character) -> Bool {
        if let lead = character.unicodeScalars.first?.value {
            if lead >= 0x4E00 && lead <= 0x9FFF { return false }
            if lead < 0x80 && !asciiSentencePunctuation.contains(lead) { return false }
        }
        return sentencePunctuation.contains(character)
    }

    private static let asciiSentencePunctuation: [UInt32] = sentencePunctuation.compactMap { character in
        character.unicodeScalars.count == 1 && character.unicodeScalars.first!.isASCII ? character.unicodeScalars.first!.value : nil
    }

    private static func isPageMarker(_ text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, (2...3).contains(scalars.count),
              ("A"..."Z").contains(first) else { return false }
        return scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }

    private static func scorecardHeading(_ text: Substring) -> LineRole? {
        var body = text
        while let last = body.last, last == ":" || last == "：" || last.isWhitespace { body = body.dropLast() }
        guard body.hasSuffix("成绩单") else { return nil }
        let word = body.dropLast(3)
        guard (1...6).contains(word.count), !word.contains(where: { sentencePunctuation.contains($0) }) else { return nil }
        return .scorecardHeading(word: String(word), name: String(body))
    }

    /// `2018年第1期` from the rest of the title line.
    private static func issueNumber(in text: Substring) -> String? {
        guard let nian = text.firstIndex(of: "年"), let qi = text[nian...].firstIndex(of: "期") else { return nil }
        var start = nian
        while start > text.startIndex, text[text.index(before: start)].isASCIIDigit { start = text.index(before: start) }
        guard start < nian else { return nil }
        return String(text[start...qi])
    }

    /// The value after `label:` up to the next space.
    private static func field(after label: String, in text: Substring) -> String? {
        guard let range = text.range(of: label) else { return nil }
        var rest = text[range.upperBound...]
        guard let colon = rest.first, colon == ":" || colon == "：" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " })
        let value = rest.prefix(while: { !$0.isWhitespace })
        return value.isEmpty ? nil : String(value)
    }

    /// `2018-01-15` or `2018-1-5` → `2018-01-15`.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return formatDate(year: y, month: m, day: d)
    }

    /// `2018年01月15日` at the start of the line → `2018-01-15`.
    static func chineseDate(_ text: Substring) -> String? {
        var numbers: [Int] = []
        var current = ""
        for character in text {
            if character.isASCIIDigit {
                current.append(character)
            } else if ["年", "月", "日"].contains(character), !current.isEmpty, let n = Int(current) {
                numbers.append(n)
                current = ""
                if character == "日" { break }
            } else {
                break
            }
        }
        guard numbers.count == 3 else { return nil }
        return formatDate(year: numbers[0], month: numbers[1], day: numbers[2])
    }

    private static func formatDate(year: Int, month: Int, day: Int) -> String? {
        guard (1000...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    /// Byte-wise substring search: UTF-8 is self-synchronising, so a byte match is a
    /// character match, without the cost of Foundation's locale-aware search.
    func containsUTF8(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        return utf8.withContiguousStorageIfAvailable { haystack -> Bool in
            guard haystack.count >= pattern.count else { return false }
            var i = 0
            let last = haystack.count - pattern.count
            while i <= last {
                if haystack[i] == first {
                    var j = 1
                    while j < pattern.count, haystack[i + j] == pattern[j] { j += 1 }
                    if j == pattern.count { return true }
                }
                i += 1
            }
            return false
        } ?? String(self).utf8.elementsEqual(pattern)  // not reached for native strings
    }
}
