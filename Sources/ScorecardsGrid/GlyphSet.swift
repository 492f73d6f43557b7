import ScorecardsText

/// The characters the interface itself draws (borders, bars, arrows), chosen so they line
/// up on the terminal at hand: box drawing and block elements are East Asian Ambiguous, so
/// a terminal that draws those wide gets ASCII borders and braille bars instead, and a
/// terminal that is not UTF-8 gets ASCII throughout.
public struct GlyphSet: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable { case unicode, braille, ascii }

    public var kind: Kind
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// Where a rule inside a box meets its left and right borders.
    public var teeLeft: String
    public var teeRight: String
    /// Marks the selected row, so the selection shows without colour too.
    public var selected: String
    /// Sparkline levels, lowest first.
    public var levels: [String]
    /// Levels for values worked out rather than printed: dotted, so they look different
    /// without colour too.
    public var derivedLevels: [String]
    /// Marks an estimate in text (a range that starts at a derived value).
    public var approximately: String
    /// Joins the ends of a range (`976–1060`): an en dash where ambiguous characters are
    /// narrow; a hyphen elsewhere, as a wide en dash leaves a gap after it.
    public var rangeDash: String
    /// Shown for a period with no value.
    public var missing: String
    public var rise: String
    public var fall: String
    public var ellipsis: Character
    public var scrollThumb: String
    /// A horizontal bar's last cell, filled from the left: one glyph per step of a cell
    /// (eighths with block elements), the full cell last.
    public var barFromLeft: [String]
    /// The same filled from the right, for bars that grow leftwards; nil when the set has
    /// no such glyphs (block elements have only ▕ and ▐), and the cell is drawn as the
    /// complementary left fill in reverse video instead.
    public var barFromRight: [String]?
    /// Point to tabs that did not fit, before and after the ones shown.
    public var moreBefore: String
    public var moreAfter: String

    public static let unicode = GlyphSet(
        kind: .unicode, horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "├", teeRight: "┤", selected: "▸",
        levels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        derivedLevels: ["⣀", "⣀", "⣤", "⣤", "⣶", "⣶", "⣿", "⣿"], approximately: "≈", rangeDash: "–", missing: "·", rise: "↑", fall: "↓", ellipsis: "…",
        scrollThumb: "┃", barFromLeft: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], barFromRight: nil,
        moreBefore: "◂", moreAfter: "▸")

    /// For terminals that draw ambiguous characters wide: braille is not ambiguous.
    public static let braille = GlyphSet(
        kind: .braille, horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+", selected: "▸",
        levels: ["⣀", "⣠", "⣤", "⣴", "⣶", "⣾", "⣿", "⣿"],
        derivedLevels: ["⡀", "⡀", "⡄", "⡄", "⡆", "⡆", "⡇", "⡇"], approximately: "~", rangeDash: "-", missing: "_", rise: "▴", fall: "▾", ellipsis: "…",
        scrollThumb: "#", barFromLeft: ["⡇", "⣿"], barFromRight: ["⢸", "⣿"], moreBefore: "◂", moreAfter: "▸")

    public static let ascii = GlyphSet(
        kind: .ascii, horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+", selected: ">",
        levels: ["_", ".", ":", "-", "=", "+", "*", "#"],
        derivedLevels: [",", ",", ";", ";", "i", "i", "l", "l"], approximately: "~", rangeDash: "-", missing: "x", rise: "^", fall: "v", ellipsis: "~",
        scrollThumb: "#", barFromLeft: ["#"], barFromRight: ["#"], moreBefore: "<", moreAfter: ">")

    /// The border of the focused pane: heavier, so focus shows without colour as well.
    public var focused: GlyphSet {
        var g = self
        switch kind {
        case .unicode:
            (g.horizontal, g.vertical, g.topLeft, g.topRight, g.bottomLeft, g.bottomRight, g.teeLeft, g.teeRight) =
                ("━", "┃", "┏", "┓", "┗", "┛", "┠", "┨")
        case .braille, .ascii:
            (g.horizontal, g.topLeft, g.topRight, g.bottomLeft, g.bottomRight, g.teeLeft, g.teeRight) =
                ("=", "#", "#", "#", "#", "#", "#")
        }
        return g
    }

    public static func forTerminal(utf8: Bool, ambiguous: AmbiguousWidth) -> GlyphSet {
        guard utf8 else { return .ascii }
        return ambiguous == .wide ? .braille : .unicode
    }

    public static func named(_ kind: Kind) -> GlyphSet {
        switch kind {
        case .unicode: .unicode
        case .braille: .braille
        case .ascii: .ascii
        }
    }
}
