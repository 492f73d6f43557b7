/// A terminal colour: a number in the terminal's palette (0–7 with 8 colours, 0–15 with 16,
/// 0–255 with 256). A theme picks one for each depth; nil in a style means the terminal's own.
public struct Color: Equatable, Sendable {
    public var index: Int

    public init(_ index: Int) {
        self.index = index
    }

    // The eight basic colours, as curses numbers them; the bright ones are these plus 8.
    public static let black = 0, red = 1, green = 2, yellow = 3, blue = 4, magenta = 5, cyan = 6, white = 7
}

/// How a role looks.
public struct Style: Equatable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
                reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()

    /// The same emphasis without colour: what NO_COLOR and monochrome terminals get.
    public var withoutColor: Style {
        Style(bold: bold, dim: dim, reverse: reverse, underline: underline)
    }
}

/// How many colours the terminal has.
public enum ColorDepth: Equatable, Sendable {
    case none, basic, sixteen, xterm256

    public static func from(colors: Int, noColor: Bool) -> ColorDepth {
        if noColor || colors < 8 { return .none }
        if colors >= 256 { return .xterm256 }
        return colors >= 16 ? .sixteen : .basic
    }
}

/// Which way a rise is coloured: red, as on mainland Chinese market boards (红涨绿跌), or
/// green, as in most of the rest of the world. The arrow and sign carry it either way.
public enum RiseColor: String, Sendable, CaseIterable, Equatable {
    case red, green
}

/// Roles to styles. Views only ever name roles.
///
/// Each theme is written out for 256, 16 and 8 colours, since what reads at one depth need
/// not at another: the tables are held to WCAG 2 contrast in xterm's palette
/// (`contrastShortfalls`, tested for every role). Two habits of terminals shape them:
/// bold with colours 0–7 may turn the colour bright (xterm's boldColors), so such roles are
/// bold only where the bright colour reads too; and faint text is drawn anywhere from a third
/// to more than half of the way to its background, so no coloured role is faint.
public struct Theme: Equatable, Sendable, CustomStringConvertible {
    public var name: String
    /// The terminal background the colours are chosen for; nil when the theme sets none.
    public var background: TerminalBackground?
    /// Per depth, by role.
    private var styles: [ColorDepth: [Style]]

    public init(name: String, background: TerminalBackground?, styles: (Role, ColorDepth) -> Style) {
        self.name = name
        self.background = background
        var table: [ColorDepth: [Style]] = [:]
        for depth in [ColorDepth.basic, .sixteen, .xterm256] {
            table[depth] = Role.allCases.map { styles($0, depth) }
        }
        // Without colours, emphasis alone: the same for every theme.
        table[ColorDepth.none] = Role.allCases.map(Theme.monochromeStyle)
        self.styles = table
        deriveReversed()
    }

    /// Reversed roles follow their base role, whatever the table says of them.
    private mutating func deriveReversed() {
        for depth in styles.keys {
            for role in Role.allCases {
                guard let base = role.reversedOf, var style = styles[depth]?[Int(base.rawValue)] else { continue }
                style.reverse.toggle()
                styles[depth]?[Int(role.rawValue)] = style
            }
        }
    }

    public var description: String { name }

    public static let names = ["dark", "light", "mono"]

    /// What `--theme` and the config file accept: a theme, or `auto` (the default) for the
    /// one made for the terminal's background.
    public static let choices = ["auto"] + names

    public static func named(_ name: String) -> Theme? {
        switch name {
        case "dark": .dark
        case "light": .light
        case "mono": .mono
        default: nil
        }
    }

    /// The theme made for a terminal background.
    public static func forBackground(_ background: TerminalBackground) -> Theme {
        background == .dark ? .dark : .light
    }

    /// The built-in themes colour a rise red; `.green` swaps the rise and fall colours.
    public func riseColor(_ convention: RiseColor) -> Theme {
        guard convention == .green else { return self }
        var theme = self
        for depth in theme.styles.keys {
            theme.styles[depth]?.swapAt(Int(Role.rise.rawValue), Int(Role.fall.rawValue))
            theme.styles[depth]?.swapAt(Int(Role.riseBar.rawValue), Int(Role.fallBar.rawValue))
        }
        theme.deriveReversed()
        return theme
    }

    /// Emphasis only, whatever the terminal can do.
    public static let mono = Theme(name: "mono", background: nil) { role, _ in monochromeStyle(role) }

    public func style(for role: Role, depth: ColorDepth) -> Style {
        styles[depth]?[Int(role.rawValue)] ?? .plain
    }

    /// Emphasis that reads without any colour: the focus and selection stay visible. Faint
    /// only for lines and marks, never for words: how faint is up to the terminal.
    static func monochromeStyle(_ role: Role) -> Style {
        switch role {
        case .header, .statusBar, .tabActive: Style(reverse: true)
        case .statusKey: Style(bold: true, reverse: true)
        case .message: Style(reverse: true)
        case .borderFocused, .titleFocused, .lead, .headline, .overlayKey, .warning, .error, .rise: Style(bold: true)
        case .selection, .matchCurrent, .cursor: Style(bold: true, reverse: true)
        case .selectionInactive, .selectionDimmed, .match: Style(underline: true)
        case .border: Style(dim: true)
        default: .plain
        }
    }
}

/// One colour number for each depth, in the order the tables give them: 256, 16, 8.
private func pick(_ depth: ColorDepth, _ x256: Int?, _ x16: Int?, _ x8: Int?) -> Color? {
    let index = switch depth {
    case .xterm256: x256
    case .sixteen: x16
    case .basic, .none: x8
    }
    return index.map(Color.init)
}

extension Theme {
    /// For dark backgrounds, assumed black (xterm's colours on `-bg black`).
    public static let dark = Theme(name: "dark", background: .dark) { role, depth in
        func c(_ x256: Int?, _ x16: Int?, _ x8: Int?) -> Color? { pick(depth, x256, x16, x8) }
        let full = depth == .xterm256
        // With 8 colours, red on black is too dark to read (3.6:1): text that must be red
        // goes white on red instead.
        let redText = depth == .basic ? Style(foreground: c(nil, nil, 7), background: c(nil, nil, 1), bold: true)
            : Style(foreground: c(203, 9, nil), bold: true)
        return switch role {
        case .normal, .item, .body, .figureValue: .plain
        case .dim, .meta: Style(foreground: c(245, 8, 7))
        case .selectionDimmed: Style(foreground: c(245, 8, 7), underline: true)
        case .header: Style(foreground: c(255, 15, 7), background: c(24, 4, 4), bold: true)
        case .border: Style(foreground: c(241, 8, 7))
        case .borderFocused: Style(foreground: c(75, 14, 6), bold: true)
        case .title, .figureLabel: Style(foreground: c(250, 7, 7))
        case .titleFocused: Style(foreground: c(81, 14, 6), bold: true)
        case .lead, .headline: Style(foreground: c(223, 11, 3), bold: true)
        case .selection, .tabActive: Style(foreground: c(231, 15, 0), background: c(26, 12, 6), bold: depth != .basic)
        case .selectionInactive: Style(foreground: c(252, 0, 7), background: c(237, 8, nil), underline: true)
        case .rise: redText
        case .fall: Style(foreground: c(78, 10, 2), bold: true)
        case .riseBar: Style(foreground: c(203, 9, 1))
        case .fallBar: Style(foreground: c(78, 10, 2))
        case .fallBarReversed, .selectionReversed: .plain  // derived from their base roles
        case .sparkline: Style(foreground: c(110, 14, 6))
        // Derived points differ by their dotted glyphs; in grey they all but vanished in xterm.
        case .sparklineDerived: Style(foreground: c(110, 14, 6))
        case .match: Style(foreground: c(230, 0, 0), background: c(58, 3, 3))
        case .matchCurrent: Style(foreground: c(16, 0, 0), background: c(214, 11, 7), bold: full, underline: !full)
        case .statusBar: Style(foreground: c(250, 0, 0), background: c(236, 7, 7))
        case .statusKey: Style(foreground: c(81, 4, 4), background: c(236, 7, 7), bold: full)
        case .prompt: Style(foreground: c(255, 15, 7), bold: true)
        case .cursor: Style(reverse: true)
        case .message: Style(foreground: c(222, 0, 0), background: c(236, 11, 3))
        case .warning: Style(foreground: c(214, 11, 3), bold: true)
        case .error: depth == .basic ? redText : Style(foreground: c(196, 9, nil), bold: true)
        case .overlay: Style(foreground: c(252, 15, 7), background: c(235, 0, 0))
        case .overlayKey: Style(foreground: c(81, 14, 6), background: c(235, 0, 0), bold: true)
        case .tab: Style(foreground: c(245, 8, 7))
        }
    }

    /// For light backgrounds, assumed white (xterm's own default). With 8 and 16 colours no
    /// grey and no green reads on white at 4.5:1, so dimmed text and falls take the
    /// terminal's own foreground there, and bold goes with it rather than with black
    /// (bold black is drawn grey where bold brightens).
    public static let light = Theme(name: "light", background: .light) { role, depth in
        func c(_ x256: Int?, _ x16: Int?, _ x8: Int?) -> Color? { pick(depth, x256, x16, x8) }
        let full = depth == .xterm256
        return switch role {
        case .normal, .item, .body, .figureValue: .plain
        case .dim, .meta: Style(foreground: c(242, nil, nil))
        case .selectionDimmed: Style(foreground: c(242, nil, nil), underline: true)
        case .header: Style(foreground: c(231, 15, 7), background: c(25, 4, 4), bold: true)
        case .border: Style(foreground: c(244, 8, 0))
        case .borderFocused: Style(foreground: c(25, 4, 4), bold: true)
        case .title: Style(foreground: c(239, nil, nil))
        case .titleFocused: Style(foreground: c(25, 4, 4), bold: true)
        case .lead, .headline: Style(foreground: c(94, nil, nil), bold: true)
        case .selection, .tabActive: Style(foreground: c(231, 15, 7), background: c(25, 4, 4), bold: true)
        case .selectionInactive: Style(foreground: c(16, 0, 0), background: c(253, 7, 7), underline: true)
        case .figureLabel: Style(foreground: c(238, nil, nil))
        case .rise: Style(foreground: c(160, 1, 1), bold: full)
        case .fall: Style(foreground: c(28, nil, nil), bold: full)
        case .riseBar: Style(foreground: c(160, 1, 1))
        case .fallBar: Style(foreground: c(28, nil, nil))
        case .fallBarReversed, .selectionReversed: .plain  // derived from their base roles
        case .sparkline: Style(foreground: c(31, 4, 4))
        case .sparklineDerived: Style(foreground: c(31, 4, 4))
        case .match: Style(foreground: c(16, 15, 7), background: c(136, 5, 1))
        case .matchCurrent: Style(foreground: c(231, 15, 7), background: c(130, 1, 0), bold: true)
        case .statusBar: Style(foreground: c(236, 0, 0), background: c(254, 7, 7))
        case .statusKey: Style(foreground: c(25, 4, 4), background: c(254, 7, 7), bold: full)
        case .prompt: Style(foreground: c(16, nil, nil), bold: true)
        case .cursor: Style(reverse: true)
        case .message: Style(foreground: c(124, 1, 1), background: c(254, 7, 7))
        case .warning: Style(foreground: c(130, 1, 1), bold: full)
        case .error: Style(foreground: c(160, 1, 1), bold: full)
        case .overlay: Style(foreground: c(235, 0, 0), background: c(255, 15, 7))
        case .overlayKey: Style(foreground: c(25, 4, 4), background: c(255, 15, 7), bold: full)
        case .tab: Style(foreground: c(241, nil, nil))
        }
    }
}
