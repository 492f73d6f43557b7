import ScorecardsGrid
import Testing

/// Contrast as a property of the theme tables: every role of every theme, at 256, 16 and 8
/// colours, in xterm's default palette, on the terminal background the theme is made for
/// (both for mono), with WCAG 2's formula.
@Suite struct ContrastTests {
    static let depths: [ColorDepth] = [.xterm256, .sixteen, .basic]
    static let themes = Theme.names.compactMap(Theme.named) + [Theme.dark.riseColor(.green), Theme.light.riseColor(.green)]

    @Test(arguments: themes, depths)
    func everyRoleReads(_ theme: Theme, _ depth: ColorDepth) {
        let shortfalls = theme.contrastShortfalls(depth: depth)
        #expect(shortfalls.isEmpty, "\(shortfalls.map(\.description).joined(separator: "\n"))")
    }

    @Test func wcagFormula() {
        // The reference points of WCAG 2: black on white is 21:1, a colour on itself 1:1,
        // and #767676 is the lightest grey that reads as text on white (4.54:1).
        #expect(abs(RGB.contrast(.black, .white) - 21) < 1e-9)
        #expect(RGB.contrast(RGB(hex: 0x336699), RGB(hex: 0x336699)) == 1)
        #expect(abs(RGB.contrast(RGB(hex: 0x767676), .white) - 4.54) < 0.01)
        #expect(RGB.contrast(RGB(hex: 0x777777), .white) < 4.5)
    }

    @Test func xtermPalette() {
        #expect(XtermPalette.rgb(1) == RGB(hex: 0xCD0000))
        #expect(XtermPalette.rgb(12) == RGB(hex: 0x5C5CFF))
        #expect(XtermPalette.rgb(16) == .black)
        #expect(XtermPalette.rgb(31) == RGB(hex: 0x0087AF))
        #expect(XtermPalette.rgb(223) == RGB(hex: 0xFFD7AF))
        #expect(XtermPalette.rgb(232) == RGB(hex: 0x080808))
        #expect(XtermPalette.rgb(255) == RGB(hex: 0xEEEEEE))
    }

    /// The model follows what terminals do with attributes, or a theme could pass on paper
    /// and fail on screen.
    @Test func boldFaintAndReverseAreModelled() {
        let bold = Theme(name: "t", background: .light) { _, _ in Style(foreground: Color(0), bold: true) }
        // Bold black may be drawn grey (xterm's boldColors): both are checked.
        #expect(bold.appearances(of: .dim, depth: .basic, on: .light).map(\.foreground) == [.black, RGB(hex: 0x7F7F7F)])
        let faint = Theme(name: "t", background: .light) { _, _ in Style(dim: true) }
        #expect(faint.appearances(of: .dim, depth: .xterm256, on: .light).first?.foreground == RGB(hex: 0x808080))
        let reverse = Theme(name: "t", background: .dark) { _, _ in Style(reverse: true) }
        let pair = reverse.appearances(of: .cursor, depth: .xterm256, on: .dark).first
        #expect(pair?.foreground == .black && pair?.background == Backdrop.dark.foreground)
    }

    /// The shortfalls named in the report of white-background terminals are all caught by
    /// the rules: the dark theme's headlines (#FFD7AF), prompt text (#EEEEEE) and labels
    /// (#BCBCBC) on white.
    @Test func theDarkThemeDoesNotReadOnWhite() {
        var dark = Theme.dark
        dark.background = .light
        let roles = Set(dark.contrastShortfalls(depth: .xterm256).map(\.role))
        #expect(roles.isSuperset(of: [.lead, .prompt, .figureLabel, .title]))
    }
}
