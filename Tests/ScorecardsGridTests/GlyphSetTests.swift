import ScorecardsGrid
import ScorecardsText
import Testing

/// The sets meant for terminals that draw ambiguous characters wide (and for non-UTF-8
/// terminals) hold no East Asian Ambiguous character: drawn wide, such a glyph leaves a
/// gap after it (`976– 1060`) or a stale cell. The one exception is the ellipsis, which the
/// CJK fonts draw wide and the grid measures as two cells.
@Suite struct GlyphSetTests {
    static func glyphs(of set: GlyphSet) -> [(name: String, text: String)] {
        Mirror(reflecting: set).children.flatMap { child -> [(name: String, text: String)] in
            let name = child.label ?? "?"
            switch child.value {
            case let text as String: return [(name, text)]
            case let texts as [String]: return texts.map { (name, $0) }
            case let texts as [String]?: return (texts ?? []).map { (name, $0) }
            default: return []
            }
        }
    }

    @Test(arguments: [GlyphSet.braille, GlyphSet.ascii])
    func noAmbiguousGlyphWhereTheyAreDrawnWide(_ set: GlyphSet) {
        let found = Self.glyphs(of: set).filter { DisplayWidth.of($0.text, ambiguous: .wide) != DisplayWidth.of($0.text) }
        #expect(found.isEmpty, "\(set.kind): \(found)")
        #expect(Self.glyphs(of: set).count > 30)
    }

    @Test func rangesJoinWithADashTheTerminalDrawsNarrow() {
        #expect(GlyphSet.unicode.rangeDash == "–")
        #expect(GlyphSet.braille.rangeDash == "-")
        #expect(GlyphSet.ascii.rangeDash == "-")
    }
}
