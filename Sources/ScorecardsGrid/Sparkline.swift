/// One bar of a sparkline: a glyph and its role.
public struct SparkCell: Equatable, Sendable {
    public var glyph: String
    public var role: Role
}

/// Draws a series of values as one cell per period, never inventing a point.
///
/// Levels are scaled between the series' own minimum and maximum (the range is shown
/// beside the bars), and the minimum keeps the lowest bar rather than vanishing. Rates are
/// scaled around zero instead, so a fall reads as a fall. A period without a value gets
/// the missing glyph; a derived value is drawn with the dotted levels.
public enum Sparkline {
    public struct Point: Equatable, Sendable {
        public var value: Double?
        public var derived: Bool

        public init(_ value: Double?, derived: Bool = false) {
            self.value = value
            self.derived = derived
        }
    }

    public static func cells(_ points: [Point], glyphs: GlyphSet, rate: Bool = false) -> [SparkCell] {
        let values = points.compactMap(\.value).filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else {
            return points.map { _ in SparkCell(glyph: glyphs.missing, role: .dim) }
        }
        let top = glyphs.levels.count - 1
        return points.map { point in
            guard let value = point.value, value.isFinite else { return SparkCell(glyph: glyphs.missing, role: .dim) }
            let level: Int
            if rate {
                // Zero sits between the two middle levels; the largest magnitude reaches an end.
                let extent = max(abs(low), abs(high))
                let half = Double(top + 1) / 2
                let offset = extent > 0 ? value / extent * half : 0
                level = max(0, min(top, Int((half + offset - 0.5).rounded(.down))))
            } else if high > low {
                level = max(0, min(top, Int(((value - low) / (high - low) * Double(top)).rounded())))
            } else {
                level = top / 2
            }
            let set = point.derived ? glyphs.derivedLevels : glyphs.levels
            return SparkCell(glyph: set[level], role: point.derived ? .sparklineDerived : .sparkline)
        }
    }
}

extension Grid {
    /// Draws spark cells from `x` on row `y`; returns the columns used.
    @discardableResult
    public mutating func put(_ cells: [SparkCell], x: Int, y: Int, clip: Rect? = nil) -> Int {
        var column = x
        for cell in cells { column += put(cell.glyph, x: column, y: y, clip: clip, role: cell.role) }
        return column - x
    }
}

extension Sparkline {
    /// A horizontal bar for a category's share of the largest, whole cells only (partial
    /// blocks are ambiguous-width); any positive value gets at least one cell.
    public static func bar(_ value: Double, maximum: Double, width: Int, glyphs: GlyphSet) -> [SparkCell] {
        let cells = maximum > 0 && value > 0 ? max(1, min(width, Int((value / maximum * Double(width)).rounded()))) : 0
        let full = glyphs.levels.last ?? "#"
        return (0..<cells).map { _ in SparkCell(glyph: full, role: .sparkline) }
    }
}
