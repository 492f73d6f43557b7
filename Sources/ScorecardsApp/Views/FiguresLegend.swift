import ScorecardsGrid

/// What the marks on figures mean, in one line: shown under the figures table and in help,
/// built from the glyphs the terminal draws, so it shows what is on screen.
enum FiguresLegend {
    /// Before a figure that is an estimate (预计), wherever figures are drawn.
    static let estimateMark = "预"

    /// `≈ ⣿ 预`: the marks, for help's key column.
    static func marks(_ glyphs: GlyphSet) -> String {
        [glyphs.approximately, derivedGlyph(glyphs), estimateMark].joined(separator: " ")
    }

    /// The whole legend: each mark with its meaning.
    static func line(_ settings: Settings) -> String {
        settings.text(.figuresLegend(approximately: settings.glyphs.approximately, derived: derivedGlyph(settings.glyphs),
                                     estimate: estimateMark, dash: settings.glyphs.rangeDash))
    }

    /// As many whole entries of the legend as fit in `width` columns (two spaces apart), so
    /// a narrow table never shows half an entry.
    static func line(_ settings: Settings, fitting width: Int, measure: (String) -> Int) -> String {
        var shown = ""
        for entry in line(settings).components(separatedBy: "  ") where !entry.isEmpty {
            let next = shown.isEmpty ? entry : shown + "  " + entry
            guard measure(next) <= width else { break }
            shown = next
        }
        return shown
    }

    /// The dotted glyph of a derived point, as tall as a bar gets.
    static func derivedGlyph(_ glyphs: GlyphSet) -> String {
        glyphs.derivedLevels.last ?? glyphs.approximately
    }
}
