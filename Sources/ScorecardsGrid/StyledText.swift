/// A grid with its styles written out as text, for snapshot tests of themes: each run of
/// cells with one style is prefixed by `{…}` naming colours and attributes.
public enum StyledText {
    public static func render(_ grid: Grid, theme: Theme, depth: ColorDepth) -> String {
        var rows: [String] = []
        for y in 0..<grid.height {
            var row = ""
            var current: Style?
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                let style = theme.style(for: cell.role, depth: depth)
                if style != current {
                    row += "{" + describe(style, depth) + "}"
                    current = style
                }
                row += cell.text
            }
            rows.append(row)
        }
        return rows.joined(separator: "\n")
    }

    static func describe(_ style: Style, _ depth: ColorDepth) -> String {
        var parts: [String] = []
        if let fg = style.foreground { parts.append("fg\(fg.index)") }
        if let bg = style.background { parts.append("bg\(bg.index)") }
        if style.bold { parts.append("b") }
        if style.dim { parts.append("d") }
        if style.reverse { parts.append("r") }
        if style.underline { parts.append("u") }
        return parts.joined(separator: ",")
    }
}
