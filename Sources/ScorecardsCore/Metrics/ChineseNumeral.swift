/// Values of numbers written in Chinese characters: 十九 → 19, 两万 → 20000, 八点五 → 8.5.
public enum ChineseNumeral {
    /// Longer runs are not numbers a report would write; they are not parsed.
    static let maxLength = 24
    static let decimalPoint: Unicode.Scalar = "点"

    /// The value of `text`, or nil when it is not one well-formed numeral.
    /// Digit strings without multipliers count only in the year style with a zero
    /// ("二〇一七"); "三四" and "七八" are approximate ranges, not one number.
    public static func value(_ text: String) -> Double? {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= maxLength else { return nil }
        return value(of: scalars[...])
    }

    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "零", "〇": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    static func smallMultiplier(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        default: return nil
        }
    }

    static func largeMultiplier(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "万": return 1e4
        case "亿": return 1e8
        default: return nil
        }
    }

    static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || smallMultiplier(scalar) != nil || largeMultiplier(scalar) != nil
    }

    /// A numeral in running text starts with a digit or 十; words such as 千年, 百姓, 万一
    /// start with a multiplier and are left alone.
    static func canStart(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || scalar == "十"
    }

    static func value(of scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        guard !scalars.isEmpty, scalars.count <= maxLength else { return nil }
        let point = scalars.firstIndex(of: decimalPoint)
        let integerPart = scalars[scalars.startIndex..<(point ?? scalars.endIndex)]
        guard !integerPart.isEmpty, let whole = integerValue(integerPart) else { return nil }
        var result = whole
        if let point {
            let fraction = scalars[(point + 1)...]
            guard !fraction.isEmpty else { return nil }
            var scale = 0.1
            for scalar in fraction {
                guard let d = digit(scalar) else { return nil }
                result += Double(d) * scale
                scale /= 10
            }
        }
        return result.isFinite ? result : nil
    }

    private static func integerValue(_ scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        if scalars.allSatisfy({ digit($0) != nil }) {
            if scalars.count == 1, let first = scalars.first, let d = digit(first) { return Double(d) }
            guard scalars.contains(where: { digit($0) == 0 }) else { return nil }
            return scalars.reduce(0.0) { $0 * 10 + Double(digit($1) ?? 0) }
        }
        return groupedValue(scalars)
    }

    /// Multiplier notation. A digit left after a multiplier abbreviates the next place:
    /// 十九 = 19, 三百五 = 350, 一万二 = 12000; after 零 it is a plain unit (一百零五 = 105).
    private static func groupedValue(_ scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        var total = 0.0
        var section = 0.0
        var pending: Double?
        var lastMultiplier: Double?
        for scalar in scalars {
            if let d = digit(scalar) {
                guard pending == nil else { return nil }
                if d == 0 {
                    lastMultiplier = nil
                } else {
                    pending = Double(d)
                }
            } else if let m = smallMultiplier(scalar) {
                section += (pending ?? 1) * m
                pending = nil
                lastMultiplier = m
            } else if let m = largeMultiplier(scalar) {
                let group = section + (pending ?? 0)
                if m == 1e8 {
                    total = (total + group == 0 ? 1 : total + group) * m
                } else {
                    total += (group == 0 ? 1 : group) * m
                }
                section = 0
                pending = nil
                lastMultiplier = m
            } else {
                return nil
            }
        }
        var result = total + section
        if let pending {
            if let m = lastMultiplier, m >= 10 {
                result += pending * m / 10
            } else {
                result += pending
            }
        }
        return result.isFinite ? result : nil
    }
}
