/// A text measured once, with its break opportunities found, ready to be
/// wrapped at any width: a terminal dashboard re-wraps on every resize, and
/// only the cheap greedy pass depends on the width.
public struct WrapLayout: Sendable {
    private enum Kind: Sendable { case space, lineBreak, other }

    public let text: String
    /// Start of each grapheme cluster in the text, then the text's end.
    private var start: [String.Index] = []
    /// Display columns before each cluster, then the total at the end.
    private var offset: [Int] = [0]
    private var kind: [Kind] = []
    /// The break action at each cluster's start.
    private var before: [BreakAction] = []

    /// Total display width of the text (line breaks count nothing).
    public var totalWidth: Int { offset[offset.count - 1] }

    public init(_ text: String, ambiguous: AmbiguousWidth = .narrow, rules: LineBreakRules = .chinese) {
        self.text = text
        let actions = LineBreak.opportunities(in: Array(text.unicodeScalars), rules: rules)
        var index = text.startIndex
        var scalarOffset = 0
        var columns = 0
        for character in text {
            start.append(index)
            before.append(scalarOffset < actions.count ? actions[scalarOffset] : .mandatory)
            let scalars = character.unicodeScalars
            var count = 0
            var last: Unicode.Scalar = " "
            for scalar in scalars {
                count += 1
                last = scalar
            }
            scalarOffset += count
            index = text.utf8.index(index, offsetBy: character.utf8.count)
            if count == 1 && last == " " {
                kind.append(.space)
            } else if WrapLayout.isHardBreak(last) {
                kind.append(.lineBreak)
            } else {
                kind.append(.other)
            }
            columns += count == 1 && last.value >= 0x20 && last.value < 0x7F
                ? 1 : DisplayWidth.of(character, ambiguous: ambiguous)
            offset.append(columns)
        }
        start.append(text.endIndex)
    }

    /// The text wrapped to `width` columns; see `Wrap.lines` for the rules.
    public func lines(width: Int) -> [WrappedLine] {
        guard width > 0 else { return [] }
        let count = kind.count
        var lines: [WrappedLine] = []
        var lineStart = 0
        var k = 0
        var lastAllowed: Int? = nil
        while k < count {
            if k > lineStart {
                switch before[k] {
                case .mandatory:
                    emit(lineStart, k, .newline, into: &lines)
                    lineStart = k
                    lastAllowed = nil
                    continue
                case .allowed:
                    lastAllowed = k
                case .prohibited:
                    break
                }
            }
            let lineWidth = offset[k] - offset[lineStart]
            // Spaces may hang past the width: they are dropped at the break.
            if kind[k] == .other && k > lineStart && lineWidth + offset[k + 1] - offset[k] > width {
                if let p = lastAllowed {
                    // p is the last opportunity, so clusters p..<k come down
                    // whole and the new line needs no second look.
                    emit(lineStart, p, .wrap, into: &lines)
                    lineStart = p
                } else {
                    emit(lineStart, k, .cut, into: &lines)
                    lineStart = k
                }
                lastAllowed = nil
                continue
            }
            k += 1
        }
        if lineStart < count { emit(lineStart, count, .endOfText, into: &lines) }
        return lines
    }

    /// Adds the line of clusters start..<end, less its line break and trailing spaces.
    private func emit(_ first: Int, _ end: Int, _ how: WrappedLine.End, into lines: inout [WrappedLine]) {
        var last = end
        var how = how
        if last > first && kind[last - 1] == .lineBreak {
            last -= 1
            how = .newline
        }
        while last > first && kind[last - 1] == .space { last -= 1 }
        // Indentation that did not fit is not worth an empty line.
        if last == first && (how == .wrap || how == .cut) { return }
        let range = start[first]..<start[last]
        lines.append(WrappedLine(text: text[range], width: offset[last] - offset[first], range: range, end: how))
    }

    /// Scalars of the classes BK, CR, LF and NL.
    private static func isHardBreak(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
