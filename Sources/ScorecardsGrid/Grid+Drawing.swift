import ScorecardsText

public enum Alignment: Sendable { case left, center, right }

extension Grid {
    /// Display width under this grid's ambiguous-width rule.
    public func width<S: StringProtocol>(of text: S) -> Int {
        DisplayWidth.of(TerminalSafe.sanitize(String(text)), ambiguous: ambiguous)
    }

    /// Cuts `text` to `width` columns with an ellipsis when it does not fit.
    public func truncate(_ text: String, to width: Int, ellipsis: Character = "…") -> String {
        guard width > 0 else { return "" }
        return Truncate.toWidth(TerminalSafe.sanitize(text), width, ambiguous: ambiguous, ellipsis: ellipsis)
    }

    /// One line of text in `rect`'s first row: truncated with an ellipsis, aligned, and the
    /// rest of the row cleared to `role` when `fillRow` is set.
    public mutating func line(
        _ text: String, in rect: Rect, row: Int = 0, align: Alignment = .left, role: Role = .normal,
        fillRow: Bool = false, ellipsis: Character = "…"
    ) {
        guard rect.width > 0, row >= 0, row < rect.height else { return }
        let y = rect.y + row
        if fillRow { fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role) }
        let shown = truncate(text, to: rect.width, ellipsis: ellipsis)
        let w = width(of: shown)
        let x = switch align {
        case .left: rect.x
        case .center: rect.x + max(0, (rect.width - w) / 2)
        case .right: rect.x + max(0, rect.width - w)
        }
        put(shown, x: x, y: y, clip: rect, role: role)
    }

    /// A border around `rect` with an optional title in the top edge.
    public mutating func box(_ rect: Rect, glyphs: GlyphSet, role: Role, title: String? = nil, titleRole: Role? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let top = rect.y, bottom = rect.maxY - 1, left = rect.x, right = rect.maxX - 1
        let inner = String(repeating: glyphs.horizontal, count: rect.width - 2)
        put(glyphs.topLeft + inner + glyphs.topRight, x: left, y: top, clip: rect, role: role)
        put(glyphs.bottomLeft + inner + glyphs.bottomRight, x: left, y: bottom, clip: rect, role: role)
        if rect.height > 2 {
            for y in (top + 1)..<bottom {
                put(glyphs.vertical, x: left, y: y, clip: rect, role: role)
                put(glyphs.vertical, x: right, y: y, clip: rect, role: role)
            }
        }
        if let title, rect.width > 6 {
            let room = Rect(x: left + 2, y: top, width: rect.width - 4, height: 1)
            let shown = truncate(" " + title + " ", to: room.width)
            put(shown, x: room.x, y: top, clip: room, role: titleRole ?? role)
        }
    }
}

extension Grid {
    /// Paints `role` over the characters `range` (Unicode scalar offsets) of `text` as drawn
    /// from column `x` of row `y`, clipped to `width` columns: how search matches light up
    /// inside a line that may have been cut short.
    public mutating func paint(scalars range: Range<Int>, of text: String, x: Int, y: Int, width: Int, role: Role) {
        let scalars = Array(text.unicodeScalars)
        guard range.lowerBound < scalars.count, !range.isEmpty else { return }
        func columns(_ count: Int) -> Int {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[0..<max(0, min(scalars.count, count))])
            return self.width(of: String(view))
        }
        let from = columns(range.lowerBound), to = min(width, columns(range.upperBound))
        guard from < to else { return }
        paint(Rect(x: x + from, y: y, width: to - from, height: 1), role: role)
    }
}
