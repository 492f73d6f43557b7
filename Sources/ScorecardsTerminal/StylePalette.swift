import CNcursesw
import ScorecardsGrid

/// Each role's attributes and colour pair, worked out once for the terminal's colours.
struct StylePalette {
    private var entries: [(attrs: attr_t, pair: Int16)]

    init(theme: Theme, depth: ColorDepth, defaultColors: Bool) {
        var pairs: [String: Int16] = [:]
        var entries: [(attr_t, Int16)] = []
        for role in Role.allCases {
            let style = theme.style(for: role, depth: depth)
            var attrs = sc_a_normal()
            if style.bold { attrs |= sc_a_bold() }
            if style.dim { attrs |= sc_a_dim() }
            if style.reverse { attrs |= sc_a_reverse() }
            if style.underline { attrs |= sc_a_underline() }
            var pair: Int16 = 0
            if depth != .none, style.foreground != nil || style.background != nil {
                let fallback: Int16 = defaultColors ? -1 : 0
                let fg = style.foreground.map { Int16($0.index) } ?? (defaultColors ? -1 : 7)
                let bg = style.background.map { Int16($0.index) } ?? fallback
                let key = "\(fg)/\(bg)"
                if let existing = pairs[key] {
                    pair = existing
                } else if pairs.count + 1 < Int(sc_color_pairs()) {
                    pair = Int16(pairs.count + 1)
                    init_pair(pair, fg, bg)
                    pairs[key] = pair
                }
            }
            entries.append((attrs, pair))
        }
        self.entries = entries
    }

    subscript(role: Role) -> (attrs: attr_t, pair: Int16) { entries[Int(role.rawValue)] }
}
