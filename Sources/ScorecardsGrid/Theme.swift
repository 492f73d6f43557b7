/// A terminal colour: a palette index for 256-colour terminals with the nearest of the
/// eight basic colours for the rest. nil in a style means the terminal's own colour.
public struct Color: Equatable, Sendable {
    public var xterm256: Int
    public var basic: Int
    /// On 16-colour terminals, the bright variant of `basic`.
    public var bright: Bool

    public init(_ xterm256: Int, basic: Int, bright: Bool = false) {
        self.xterm256 = xterm256
        self.basic = basic
        self.bright = bright
    }

    /// The colour number for a terminal of `depth`.
    public func index(for depth: ColorDepth) -> Int {
        switch depth {
        case .xterm256: xterm256
        case .sixteen: basic + (bright ? 8 : 0)
        case .basic, .none: basic
        }
    }

    // The eight basic colours, as curses numbers them.
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
public struct Theme: Equatable, Sendable {
    public var name: String
    private var styles: [Style]
    /// Used when the terminal has no colours or NO_COLOR is set: emphasis alone.
    private var monochrome: [Style]

    public init(name: String, styles: (Role) -> Style) {
        self.name = name
        self.styles = Role.allCases.map(styles)
        self.monochrome = Role.allCases.map { Theme.monochromeStyle($0) }
    }

    public static let names = ["dark", "light", "mono"]

    public static func named(_ name: String) -> Theme? {
        switch name {
        case "dark": .dark
        case "light": .light
        case "mono": .mono
        default: nil
        }
    }

    /// The built-in themes colour a rise red; `.green` swaps the rise and fall colours.
    public func riseColor(_ convention: RiseColor) -> Theme {
        guard convention == .green else { return self }
        var theme = self
        let rise = Int(Role.rise.rawValue), fall = Int(Role.fall.rawValue)
        theme.styles.swapAt(rise, fall)
        return theme
    }

    /// Emphasis only, whatever the terminal can do.
    public static let mono = Theme(name: "mono") { monochromeStyle($0) }

    public func style(for role: Role, depth: ColorDepth) -> Style {
        let index = Int(role.rawValue)
        return depth == .none ? monochrome[index] : styles[index]
    }

    /// Emphasis that reads without any colour: the focus and selection stay visible.
    static func monochromeStyle(_ role: Role) -> Style {
        switch role {
        case .header, .statusBar, .tabActive: Style(reverse: true)
        case .statusKey: Style(bold: true, reverse: true)
        case .message: Style(reverse: true)
        case .borderFocused, .titleFocused, .lead, .headline, .overlayKey, .warning, .error, .rise: Style(bold: true)
        case .selection, .matchCurrent, .cursor: Style(bold: true, reverse: true)
        case .selectionInactive, .match: Style(underline: true)
        case .dim, .meta, .border, .title, .tab: Style(dim: true)
        default: .plain
        }
    }

    public static let dark = Theme(name: "dark") { role in
        switch role {
        case .normal, .item, .body, .figureValue: .plain
        case .dim, .meta: Style(foreground: Color(245, basic: Color.white), dim: true)
        case .header: Style(foreground: Color(255, basic: Color.white, bright: true), background: Color(24, basic: Color.blue), bold: true)
        case .border: Style(foreground: Color(240, basic: Color.white))
        case .borderFocused: Style(foreground: Color(75, basic: Color.cyan, bright: true), bold: true)
        case .title: Style(foreground: Color(250, basic: Color.white))
        case .titleFocused: Style(foreground: Color(81, basic: Color.cyan, bright: true), bold: true)
        case .lead, .headline: Style(foreground: Color(223, basic: Color.yellow, bright: true), bold: true)
        case .selection: Style(foreground: Color(231, basic: Color.black), background: Color(31, basic: Color.cyan), bold: true)
        case .selectionInactive: Style(background: Color(238, basic: Color.black), underline: true)
        case .figureLabel: Style(foreground: Color(250, basic: Color.white))
        case .rise: Style(foreground: Color(203, basic: Color.red, bright: true), bold: true)
        case .fall: Style(foreground: Color(78, basic: Color.green, bright: true), bold: true)
        case .sparkline: Style(foreground: Color(110, basic: Color.cyan))
        // Derived points differ by their dotted glyphs; dimmed as well they all but vanished in xterm.
        case .sparklineDerived: Style(foreground: Color(110, basic: Color.cyan))
        case .match: Style(foreground: Color(229, basic: Color.black), background: Color(58, basic: Color.yellow))
        case .matchCurrent: Style(foreground: Color(16, basic: Color.black), background: Color(214, basic: Color.yellow), bold: true)
        case .statusBar: Style(foreground: Color(250, basic: Color.black), background: Color(236, basic: Color.white))
        case .statusKey: Style(foreground: Color(81, basic: Color.blue), background: Color(236, basic: Color.white), bold: true)
        case .prompt: Style(foreground: Color(255, basic: Color.white), bold: true)
        case .cursor: Style(reverse: true)
        case .message: Style(foreground: Color(222, basic: Color.black), background: Color(236, basic: Color.white))
        case .warning: Style(foreground: Color(214, basic: Color.yellow), bold: true)
        case .error: Style(foreground: Color(196, basic: Color.red), bold: true)
        case .overlay: Style(foreground: Color(252, basic: Color.white), background: Color(235, basic: Color.black))
        case .overlayKey: Style(foreground: Color(81, basic: Color.cyan), background: Color(235, basic: Color.black), bold: true)
        case .tab: Style(foreground: Color(245, basic: Color.white))
        case .tabActive: Style(foreground: Color(231, basic: Color.black), background: Color(31, basic: Color.cyan), bold: true)
        }
    }
}

extension Theme {
    /// For light backgrounds: darker foregrounds, light bars.
    public static let light = Theme(name: "light") { role in
        switch role {
        case .normal, .item, .body, .figureValue: .plain
        case .dim, .meta: Style(foreground: Color(244, basic: Color.black), dim: true)
        case .header: Style(foreground: Color(231, basic: Color.white, bright: true), background: Color(25, basic: Color.blue), bold: true)
        case .border: Style(foreground: Color(247, basic: Color.black))
        case .borderFocused: Style(foreground: Color(25, basic: Color.blue), bold: true)
        case .title: Style(foreground: Color(240, basic: Color.black))
        case .titleFocused: Style(foreground: Color(25, basic: Color.blue), bold: true)
        case .lead, .headline: Style(foreground: Color(94, basic: Color.red), bold: true)
        case .selection: Style(foreground: Color(231, basic: Color.white, bright: true), background: Color(31, basic: Color.blue), bold: true)
        case .selectionInactive: Style(background: Color(253, basic: Color.white), underline: true)
        case .figureLabel: Style(foreground: Color(238, basic: Color.black))
        case .rise: Style(foreground: Color(160, basic: Color.red), bold: true)
        case .fall: Style(foreground: Color(28, basic: Color.green), bold: true)
        case .sparkline: Style(foreground: Color(31, basic: Color.blue))
        case .sparklineDerived: Style(foreground: Color(31, basic: Color.blue))
        case .match: Style(foreground: Color(16, basic: Color.black), background: Color(229, basic: Color.yellow, bright: true))
        case .matchCurrent: Style(foreground: Color(16, basic: Color.black), background: Color(214, basic: Color.yellow), bold: true)
        case .statusBar: Style(foreground: Color(238, basic: Color.black), background: Color(252, basic: Color.white))
        case .statusKey: Style(foreground: Color(25, basic: Color.blue), background: Color(252, basic: Color.white), bold: true)
        case .prompt: Style(foreground: Color(16, basic: Color.black), bold: true)
        case .cursor: Style(reverse: true)
        case .message: Style(foreground: Color(130, basic: Color.red), background: Color(252, basic: Color.white))
        case .warning: Style(foreground: Color(166, basic: Color.red), bold: true)
        case .error: Style(foreground: Color(160, basic: Color.red), bold: true)
        case .overlay: Style(foreground: Color(235, basic: Color.black), background: Color(255, basic: Color.white, bright: true))
        case .overlayKey: Style(foreground: Color(25, basic: Color.blue), background: Color(255, basic: Color.white, bright: true), bold: true)
        case .tab: Style(foreground: Color(242, basic: Color.black))
        case .tabActive: Style(foreground: Color(231, basic: Color.white, bright: true), background: Color(31, basic: Color.blue), bold: true)
        }
    }
}
