/// The terminal's own colours, which a role that sets no colour is drawn in.
public struct Backdrop: Equatable, Sendable, CustomStringConvertible {
    public var foreground: RGB
    public var background: RGB

    public init(foreground: RGB, background: RGB) {
        self.foreground = foreground
        self.background = background
    }

    /// xterm with `-bg black -fg gray90`, the usual dark set-up.
    public static let dark = Backdrop(foreground: RGB(hex: 0xE5E5E5), background: .black)
    /// xterm as it starts: black on white.
    public static let light = Backdrop(foreground: .black, background: .white)

    public static func assumed(for background: TerminalBackground) -> Backdrop {
        background == .dark ? .dark : .light
    }

    public var description: String { "\(foreground) on \(background)" }
}

/// A role drawn with too little contrast: what the contrast rules report.
public struct ContrastShortfall: Equatable, Sendable, CustomStringConvertible {
    public var theme: String
    public var role: Role
    public var depth: ColorDepth
    public var backdrop: Backdrop
    public var foreground: RGB
    public var background: RGB
    public var ratio: Double
    public var required: Double
    /// What was measured: the role's text or mark, or its highlight against the terminal's background.
    public var what: String

    public var description: String {
        let shown = (ratio * 100).rounded() / 100
        return "\(theme) \(depth) \(role) \(what): \(foreground) on \(background) is \(shown):1, needs \(required):1 (terminal \(backdrop))"
    }
}

extension Role {
    /// WCAG 2: text needs 4.5:1 against what is behind it; borders, bars and other marks
    /// that carry no words of their own need 3:1.
    public var minimumContrast: Double { isMark ? 3 : 4.5 }

    /// Lines, bars and glyphs rather than words.
    public var isMark: Bool {
        switch self {
        case .border, .borderFocused, .sparkline, .sparklineDerived, .riseBar, .fallBar, .fallBarReversed,
             .selectionReversed, .cursor: true
        default: false
        }
    }

    /// Roles whose background is the point: it must stand out from the terminal's own
    /// background by 3:1 as well, or the highlight is not seen.
    public var isHighlight: Bool {
        switch self {
        case .selection, .tabActive, .match, .matchCurrent: true
        default: false
        }
    }
}

extension Theme {
    /// The pairs of colours `role` can show on a terminal with `backdrop`'s colours, in
    /// xterm's default palette. Three terminal habits are followed: a role without a colour
    /// takes the terminal's; bold with colours 0–7 may be drawn in the bright colour 8–15
    /// (xterm's boldColors, on by default), so both are returned; faint text is taken as
    /// halfway to its background (terminals differ: xterm goes a third of the way, VTE and
    /// others half or more), and reverse swaps the two.
    public func appearances(of role: Role, depth: ColorDepth, on backdrop: Backdrop) -> [(foreground: RGB, background: RGB)] {
        let style = self.style(for: role, depth: depth)
        var foregrounds = [backdrop.foreground]
        if let fg = style.foreground {
            let index = fg.index
            foregrounds = [XtermPalette.rgb(index)]
            if style.bold, index < 8 { foregrounds.append(XtermPalette.rgb(index + 8)) }
        }
        let background = style.background.map { XtermPalette.rgb($0.index) } ?? backdrop.background
        return foregrounds.map { foreground in
            var (fg, bg) = style.reverse ? (background, foreground) : (foreground, background)
            if style.dim { fg = fg.mixed(with: bg, 0.5) }
            return (fg, bg)
        }
    }

    /// Every role whose text or marks fall short of its minimum contrast at `depth`, on
    /// each terminal background the theme is made for; empty when the theme reads.
    public func contrastShortfalls(depth: ColorDepth) -> [ContrastShortfall] {
        let backdrops = background.map { [Backdrop.assumed(for: $0)] } ?? [.dark, .light]
        var out: [ContrastShortfall] = []
        for backdrop in backdrops {
            for role in Role.allCases {
                let pairs = appearances(of: role, depth: depth, on: backdrop)
                for pair in pairs {
                    let ratio = RGB.contrast(pair.foreground, pair.background)
                    if ratio < role.minimumContrast {
                        out.append(ContrastShortfall(theme: name, role: role, depth: depth, backdrop: backdrop,
                                                     foreground: pair.foreground, background: pair.background, ratio: ratio,
                                                     required: role.minimumContrast, what: role.isMark ? "mark" : "text"))
                    }
                }
                if role.isHighlight, style(for: role, depth: depth).background != nil, let bar = pairs.first?.background {
                    let standOut = RGB.contrast(bar, backdrop.background)
                    if standOut < 3 {
                        out.append(ContrastShortfall(theme: name, role: role, depth: depth, backdrop: backdrop,
                                                     foreground: bar, background: backdrop.background,
                                                     ratio: standOut, required: 3, what: "highlight"))
                    }
                }
            }
        }
        return out
    }
}
