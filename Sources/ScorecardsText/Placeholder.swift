// Temporary stand-ins until the text layer lands.
public enum AmbiguousWidth: Sendable { case narrow, wide }
public enum TerminalSafe { public static func sanitize(_ s: String) -> String { s } }
public enum DisplayWidth {
    public static func of(_ c: Character, ambiguous: AmbiguousWidth = .narrow) -> Int {
        guard let s = c.unicodeScalars.first else { return 0 }
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: return 2
        default: return 1
        }
    }
    public static func of<S: StringProtocol>(_ s: S, ambiguous: AmbiguousWidth = .narrow) -> Int { s.reduce(0) { $0 + of($1, ambiguous: ambiguous) } }
}
public enum Truncate {
    public static func toWidth(_ s: String, _ width: Int, ambiguous: AmbiguousWidth = .narrow, ellipsis: Character = "…") -> String {
        if DisplayWidth.of(s) <= width { return s }
        var out = ""; var w = 0
        for c in s { let cw = DisplayWidth.of(c); if w + cw > width - 1 { break }; out.append(c); w += cw }
        return out + String(ellipsis)
    }
}
extension DisplayWidth {
    public static func of(_ s: Unicode.Scalar, ambiguous: AmbiguousWidth = .narrow) -> Int { of(Character(s), ambiguous: ambiguous) }
}
public enum LineBreakRules: Sendable { case uax14, chinese }
public struct WrappedLine: Sendable { public var text: String; public var width: Int; public var start: Int }
public enum Wrap {
    public static func lines(_ text: String, width: Int, ambiguous: AmbiguousWidth = .narrow, rules: LineBreakRules = .chinese) -> [WrappedLine] {
        var out: [WrappedLine] = []; var cur = ""; var w = 0; var start = 0; var pos = 0
        for c in text { let cw = DisplayWidth.of(c); if w + cw > max(2, width), !cur.isEmpty { out.append(WrappedLine(text: cur, width: w, start: start)); cur = ""; w = 0; start = pos }
            cur.append(c); w += cw; pos += c.unicodeScalars.count }
        if !cur.isEmpty || out.isEmpty { out.append(WrappedLine(text: cur, width: w, start: start)) }
        return out
    }
}
public enum Punctuation { public static func fullwidth(_ s: String) -> String { s } }
extension DisplayWidth { public static let ambiguousRangePairs: [UInt32] = [0x201C, 0x201D] }
