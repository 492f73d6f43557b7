/// A number with its unit, as written in a paragraph.
struct Figure: Sendable {
    var number: NumberToken
    /// From the first numeral through the end of the unit.
    var span: Range<Int>
    var unit: String
    var kind: UnitKind
    /// 余 or 多 written between the number and the unit.
    var innerQualifier: String?
    /// 以上, 以下, 以内 or 左右 written right after the unit.
    var trailingQualifier: String?
    /// After the unit and any trailing qualifier.
    var end: Int

    var value: Double { number.value }
    var start: Int { number.range.lowerBound }
    var baseUnit: String { MetricUnit(unit).base }
}

/// Reads the unit that follows a number. A number without a unit is not a figure.
enum FigureReader {
    private static let monthAfterGe: Word = Array("月".unicodeScalars)
    private static let more: Unicode.Scalar = "多"

    static func read(_ token: NumberToken, in text: ScalarText) -> Figure? {
        var j = token.range.upperBound
        var unit: String
        var kind: UnitKind
        var inner: String?
        switch token.kind {
        case .chinesePercent:
            unit = "%"
            kind = .percent
        case .arabic where text[j].map { UnitLexicon.percentSigns.contains($0) } == true:
            unit = "%"
            kind = .percent
            j += 1
        case .arabic, .chinese:
            // Only Arabic numbers take a separate scale; a Chinese numeral includes its 万/亿.
            var scale = ""
            if token.kind == .arabic, let word = text.firstMatch(in: UnitLexicon.scales, at: j) {
                scale = String(scalars: word)
                j += word.count
            }
            var afterInner = j
            if let word = text.firstMatch(in: MetricQualifier.inside, at: j) {
                inner = String(scalars: word)
                afterInner = j + word.count
            }
            if let base = UnitLexicon.base(at: afterInner, in: text) {
                unit = scale + base.text
                kind = base.kind
                j = afterInner + base.length
                // "一个多月": the 多 sits between 个 and 月.
                if base.text == "个", inner == nil, text[j] == more, text[j + 1] == monthAfterGe[0] {
                    unit = scale + "个月"
                    kind = .measure
                    inner = String(more)
                    j += 2
                }
            } else if !scale.isEmpty {
                // A bare scale ("突破1000万") is still a quantity.
                unit = scale
                kind = .measure
                j = afterInner
            } else {
                return nil
            }
        }
        let spanEnd = j
        var trailing: String?
        if let word = text.firstMatch(in: MetricQualifier.after, at: j) {
            trailing = String(scalars: word)
            j += word.count
        }
        return Figure(number: token, span: token.range.lowerBound..<spanEnd, unit: unit, kind: kind,
                      innerQualifier: inner, trailingQualifier: trailing, end: j)
    }
}
