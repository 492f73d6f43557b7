/// Restores Chinese full-width punctuation for display.
///
/// Text that passed through systems without Chinese input often has ASCII
/// `,` `:` `;` `(` `)` `?` `!` between Chinese characters; they look cramped in a
/// Chinese line and break differently, so they are shown as `，：；（）？！`.
public enum Punctuation {
    /// `text` with ASCII `,` `:` `;` `?` `!` `(` `)` in Chinese context replaced by
    /// their full-width forms; everything else is kept as it is.
    ///
    /// Context: the nearest character on a side, looking past digits, `.`, `%`,
    /// `‰`, quotation marks `“ ” ‘ ’`, `…`, `—`, `·` and the seven marks in
    /// either form, is Chinese (a Han character, or CJK or full-width punctuation).
    /// - `,` `:` `;` `?` `!` convert when either side is Chinese, but not between
    ///   two digits (`1,000`, `15:10`, `2:1`).
    /// - A pair `(`…`)` converts as a pair when Chinese follows `(` or precedes
    ///   `)`; an unpaired one by its own inner side.
    /// - Nothing inside a URL (`scheme://…`, `www.…`) changes.
    public static func fullwidth(_ text: String) -> String {
        guard text.utf8.contains(where: isCandidateByte) else { return text }
        let chars = Array(text)
        // Each character as one code point, 0 for a cluster of several: no mark, digit or
        // quotation mark is one of those, so every test below compares numbers, which costs
        // a fraction of comparing Characters (an article of 20,000 paragraphs is shown).
        let codes = chars.map { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first!.value : 0 }
        let n = chars.count
        let inURL = urlMask(chars)
        var convert = [Bool](repeating: false, count: n)

        // Whether the nearest non-neutral character before (after) each index is
        // Chinese, found in one pass each way so long runs stay cheap.
        var chineseBefore = [Bool](repeating: false, count: n)
        var chineseAfter = [Bool](repeating: false, count: n)
        var seen = false
        for i in 0..<n {
            chineseBefore[i] = seen
            if !isNeutral(codes[i]) { seen = isChinese(chars[i]) }
        }
        seen = false
        for i in stride(from: n - 1, through: 0, by: -1) {
            chineseAfter[i] = seen
            if !isNeutral(codes[i]) { seen = isChinese(chars[i]) }
        }

        // Parentheses first, as pairs, so `(2018年)` converts both halves.
        var open: [Int] = []
        var pairs: [(Int, Int?)] = []
        var unpairedClose: [Int] = []
        for i in 0..<n where !inURL[i] {
            if codes[i] == Code.openParen {
                open.append(i)
            } else if codes[i] == Code.closeParen {
                if let o = open.popLast() { pairs.append((o, i)) } else { unpairedClose.append(i) }
            }
        }
        pairs += open.map { ($0, nil) }
        for (o, c) in pairs {
            var chinese = chineseAfter[o]
            if let c { chinese = chinese || chineseBefore[c] }
            convert[o] = chinese
            if let c { convert[c] = chinese }
        }
        for c in unpairedClose {
            convert[c] = chineseBefore[c]
        }

        for i in 0..<n where !inURL[i] && Code.separators.contains(codes[i]) {
            if i > 0 && i + 1 < n && isDigit(codes[i - 1]) && isDigit(codes[i + 1]) { continue }
            convert[i] = chineseBefore[i] || chineseAfter[i]
        }

        guard convert.contains(true) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for i in 0..<n {
            result.append(convert[i] ? fullwidthForm(chars[i]) : chars[i])
        }
        return result
    }

    /// The code points the rules look for.
    private enum Code {
        static let openParen = UInt32(UInt8(ascii: "("))
        static let closeParen = UInt32(UInt8(ascii: ")"))
        /// `,` `:` `;` `?` `!`
        static let separators: Set<UInt32> = [0x2C, 0x3A, 0x3B, 0x3F, 0x21]
        /// `.` `%` `‰` `“` `”` `‘` `’` `…` `—` `·` and the seven marks in both forms.
        static let neutral: Set<UInt32> = [
            0x2E, 0x25, 0x2030, 0x201C, 0x201D, 0x2018, 0x2019, 0x2026, 0x2014, 0xB7,
            0x2C, 0x3A, 0x3B, 0x3F, 0x21, 0x28, 0x29, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, 0xFF08, 0xFF09,
        ]
    }

    private static func isCandidateByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: "?"), UInt8(ascii: "!"):
            return true
        default:
            return false
        }
    }

    private static func fullwidthForm(_ c: Character) -> Character {
        switch c {
        case ",": return "，"
        case ":": return "："
        case ";": return "；"
        case "(": return "（"
        case ")": return "）"
        case "?": return "？"
        case "!": return "！"
        default: return c
        }
    }

    /// Characters that say nothing about the language around them. The seven
    /// marks, in both forms, are among them: a run such as `!,` then converts as
    /// a whole or not at all, and converting again changes nothing.
    private static func isNeutral(_ code: UInt32) -> Bool {
        isDigit(code) || Code.neutral.contains(code)
    }

    private static func isDigit(_ code: UInt32) -> Bool {
        code >= 0x30 && code <= 0x39
    }

    private static func isChinese(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return ChineseScript.contains(v)
    }

    /// Marks the characters inside URLs: from `scheme://` or `www.` to the
    /// first space or non-ASCII character.
    private static func urlMask(_ chars: [Character]) -> [Bool] {
        var mask = [Bool](repeating: false, count: chars.count)
        var i = 0
        while i < chars.count {
            let startsWord = i == 0 || !(chars[i - 1].asciiValue.map(isSchemeByte) ?? false)
            if startsWord, let end = urlEnd(chars, from: i) {
                for j in i..<end { mask[j] = true }
                i = end
            } else {
                i += 1
            }
        }
        return mask
    }

    private static func urlEnd(_ chars: [Character], from start: Int) -> Int? {
        var j = start
        while j < chars.count, let a = chars[j].asciiValue, isSchemeByte(a) { j += 1 }
        let isScheme = j > start && j + 2 < chars.count
            && chars[j] == ":" && chars[j + 1] == "/" && chars[j + 2] == "/"
        let isWWW = j - start >= 4 && chars[start..<start + 4].elementsEqual("www.")
        guard isScheme || isWWW else { return nil }
        var end = start
        while end < chars.count && isURLCharacter(chars[end]) { end += 1 }
        // Sentence punctuation right after a URL belongs to the sentence.
        while end > j, let last = chars[end - 1].asciiValue, ",.;:!?)".utf8.contains(last) { end -= 1 }
        return end
    }

    private static func isSchemeByte(_ a: UInt8) -> Bool {
        (a >= 0x61 && a <= 0x7A) || (a >= 0x41 && a <= 0x5A) || (a >= 0x30 && a <= 0x39)
            || a == UInt8(ascii: "+") || a == UInt8(ascii: "-") || a == UInt8(ascii: ".")
    }

    private static func isURLCharacter(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return a > 0x20 && a < 0x7F
    }
}
