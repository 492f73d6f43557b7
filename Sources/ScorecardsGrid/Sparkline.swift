/// One bar of a sparkline: a glyph and its role.
public struct SparkCell: Equatable, Sendable {
    public var glyph: String
    public var role: Role
}

/// Draws a series of values as one cell per period, never inventing a point.
///
/// How the bars are scaled decides what they say, so it is chosen per series (`Scale`):
/// - a short series of levels (three points or fewer, such as a year and the year before it
///   worked out from a stated change) is drawn as shares of its largest value, on one scale
///   shared by the strip that reaches down to half of it (lower when a series in the strip
///   falls further): a larger change looks larger, and the same change looks the same in
///   every row. +8.5% keeps the earlier bar near the top (`⣿█`), +51.3% brings it down to a
///   quarter (`⣤█`). From a zero baseline the two differed by one braille row, which a real
///   terminal hardly shows;
/// - a longer series of levels spans its own minimum and maximum (shown beside it), and the
///   minimum keeps the lowest bar rather than vanishing;
/// - rates sit around zero, on one extent shared by the strip, so a fall reads as a fall
///   and two rates compare.
/// A period without a value gets the missing glyph; a derived value is drawn with the
/// dotted levels, in the sparkline's colour, so it differs by shape and stays visible.
public enum Sparkline {
    public struct Point: Equatable, Sendable {
        public var value: Double?
        public var derived: Bool

        public init(_ value: Double?, derived: Bool = false) {
            self.value = value
            self.derived = derived
        }
    }

    public enum Scale: Equatable, Sendable {
        /// Between the series' own extremes.
        case ownRange
        /// From zero (or the lowest value, when below zero) to `top`.
        case fromZero(top: Double)
        /// Each value as a share of the series' largest, from `lowest` (a share, below 1) at
        /// the bottom level to the whole at the top. Series of values below zero, or all
        /// zero, fall back to `fromZero`.
        case relative(lowest: Double)
        /// Around zero, `extent` reaching an end.
        case aroundZero(extent: Double)
    }

    /// Series of at most this many points are drawn as shares of their largest value.
    public static let shortSeries = 3

    /// The share the bottom level stands for at the least: half the largest value.
    public static let relativeFloor = 0.5

    /// The scale a series draws on alone: rates around their own extent, short series of
    /// levels as shares of their largest value, longer ones between their extremes.
    public static func scale(for points: [Point], rate: Bool) -> Scale {
        let values = points.compactMap(\.value).filter(\.isFinite)
        if rate { return .aroundZero(extent: values.map(abs).max() ?? 0) }
        if points.count <= shortSeries { return .relative(lowest: lowestShare(of: [points])) }
        return .ownRange
    }

    /// The bottom of the scale several short series of levels share: `relativeFloor`, or the
    /// smallest share any of them has of its own largest value when that is lower.
    public static func lowestShare(of series: [[Point]]) -> Double {
        let shares = series.compactMap { points -> Double? in
            let values = points.compactMap(\.value).filter(\.isFinite)
            guard let low = values.min(), let high = values.max(), low >= 0, high > 0 else { return nil }
            return low / high
        }
        return min(relativeFloor, shares.min() ?? relativeFloor)
    }

    public static func cells(_ points: [Point], glyphs: GlyphSet, rate: Bool = false) -> [SparkCell] {
        cells(points, glyphs: glyphs, scale: scale(for: points, rate: rate))
    }

    public static func cells(_ points: [Point], glyphs: GlyphSet, scale: Scale) -> [SparkCell] {
        let values = points.compactMap(\.value).filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else {
            return points.map { _ in SparkCell(glyph: glyphs.missing, role: .dim) }
        }
        let top = glyphs.levels.count - 1
        return points.map { point in
            guard let value = point.value, value.isFinite else { return SparkCell(glyph: glyphs.missing, role: .dim) }
            let level: Int
            switch scale {
            case .aroundZero(let given):
                // Zero sits between the two middle levels; the largest magnitude reaches an end.
                let extent = max(given, abs(low), abs(high))
                let half = Double(top + 1) / 2
                let offset = extent > 0 ? value / extent * half : 0
                level = max(0, min(top, Int((half + offset - 0.5).rounded(.down))))
            case .fromZero(let given):
                let ceiling = max(given, high)
                let floor = min(0, low)
                level = ceiling > floor
                    ? max(0, min(top, Int(((value - floor) / (ceiling - floor) * Double(top)).rounded()))) : top / 2
            case .relative(let lowest) where low >= 0 && high > 0:
                let floor = min(max(lowest, 0), 1)
                let share = (value / high - floor) / (1 - floor)
                level = floor < 1 ? max(0, min(top, Int((share * Double(top)).rounded()))) : top
            case .relative:
                level = high > min(0, low) ? max(0, min(top, Int(((value - min(0, low)) / (high - min(0, low)) * Double(top)).rounded()))) : top / 2
            case .ownRange:
                level = high > low ? max(0, min(top, Int(((value - low) / (high - low) * Double(top)).rounded()))) : top / 2
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
