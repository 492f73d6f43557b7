/// A unit as written, split into its scale and its base: "亿元" → 1e8 × "元".
public struct MetricUnit: Equatable, Hashable, Sendable {
    /// The unit as written ("%" for full-width ％).
    public let text: String
    /// Factor from the written unit to the base unit.
    public let scale: Double
    /// The unit without its scale: "元", "平方米", "人次", "%". Empty for a bare scale ("万").
    public let base: String

    public var isPercent: Bool { base == "%" }

    public init(_ text: String) {
        let written = text == "％" ? "%" : text
        self.text = written
        for (prefix, factor) in UnitLexicon.scaleFactors where written.hasPrefix(prefix) {
            let rest = String(written.dropFirst(prefix.count))
            if rest.isEmpty || UnitLexicon.kind(ofBase: rest) != nil {
                scale = factor
                base = rest
                return
            }
        }
        scale = 1
        base = written
    }
}

/// How a unit behaves in a sentence, which decides where its label is looked for.
enum UnitKind: Sendable, Equatable {
    /// Classifiers of counted things (户, 家, 个): the counted noun may follow ("34个老旧社区").
    case count
    /// Money, area, time: the measured thing comes before ("投资3996万元").
    case measure
    case percent
}

/// The units the extractor recognises after a number.
enum UnitLexicon {
    static let countBases = [
        "户", "人", "人次", "家", "家次", "场", "场次", "个", "个批次", "项", "大项", "所", "件",
        "处", "条", "期", "名", "位", "套", "起", "批次", "份", "次", "辆", "台", "张",
    ]
    static let measureBases = [
        "元", "平方米", "平方公里", "公里", "千米", "米", "亩", "公顷", "吨",
        "天", "个工作日", "个月", "小时", "个百分点",
    ]
    /// Durations: "两个月前", "3天后" are points in time, not quantities.
    static let timeBases: Set<String> = ["天", "个工作日", "个月", "小时"]

    static let scaleFactors: [(String, Double)] = [
        ("万亿", 1e12), ("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4),
    ]

    /// Base units, longest first so "人次" wins over "人".
    static let bases: [(word: Word, text: String, kind: UnitKind)] = {
        let all = countBases.map { ($0, UnitKind.count) } + measureBases.map { ($0, UnitKind.measure) }
        return all
            .map { (word: Array($0.0.unicodeScalars), text: $0.0, kind: $0.1) }
            .sorted { $0.word.count > $1.word.count }
    }()

    static let scales: [Word] = Words.list(scaleFactors.map(\.0))
    static let percentSigns: [Unicode.Scalar] = ["%", "％"]

    static func kind(ofBase base: String) -> UnitKind? {
        if base == "%" { return .percent }
        return bases.first { $0.text == base }?.kind
    }

    static func base(at index: Int, in text: ScalarText) -> (text: String, length: Int, kind: UnitKind)? {
        for entry in bases where text.matches(entry.word, at: index) {
            return (entry.text, entry.word.count, entry.kind)
        }
        return nil
    }
}
