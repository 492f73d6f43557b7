/// A signed change as a bar either side of a zero mark: rises grow right, falls grow left,
/// `side` cells each way, scaled so `extent` (the largest change in the table, one scale for
/// all its rows) fills a side.
///
/// The bar's last cell is filled in steps: eighths with block elements (▏▎▍▌▋▊▉█), halves
/// with braille, whole cells in ASCII. Block elements fill only from the left, so a fall's
/// last cell, which must fill from the right, is drawn as the complementary left fill with
/// the colours reversed. Any change other than zero shows at least one step.
public enum ChangeBar {
    public static func cells(_ value: Double, extent: Double, side: Int, glyphs: GlyphSet, selected: Bool = false) -> [SparkCell] {
        let side = max(1, side)
        let steps = max(1, glyphs.barFromLeft.count)
        let total = side * steps
        var filled = 0
        if extent > 0, value != 0, value.isFinite {
            filled = max(1, min(total, Int((abs(value) / extent * Double(total)).rounded())))
        }
        let bar: Role = selected ? .selection : value > 0 ? .riseBar : .fallBar
        let empty = SparkCell(glyph: " ", role: selected ? .selection : .normal)
        let full = glyphs.barFromLeft.last ?? "#"
        // How much of the cell `distance` cells from the zero mark is filled, in steps.
        func fill(_ distance: Int) -> Int { max(0, min(steps, filled - distance * steps)) }

        var out: [SparkCell] = []
        for i in 0..<side {
            let f = value < 0 ? fill(side - 1 - i) : 0
            if f == 0 {
                out.append(empty)
            } else if f == steps {
                out.append(SparkCell(glyph: full, role: bar))
            } else if let right = glyphs.barFromRight {
                out.append(SparkCell(glyph: right[f - 1], role: bar))
            } else {
                // The left `steps - f` in the background's colour, the rest in the bar's.
                out.append(SparkCell(glyph: glyphs.barFromLeft[steps - f - 1], role: selected ? .selectionReversed : .fallBarReversed))
            }
        }
        out.append(SparkCell(glyph: glyphs.vertical, role: selected ? .selection : .dim))
        for i in 0..<side {
            let f = value > 0 ? fill(i) : 0
            out.append(f == 0 ? empty : SparkCell(glyph: glyphs.barFromLeft[f - 1], role: bar))
        }
        return out
    }
}
