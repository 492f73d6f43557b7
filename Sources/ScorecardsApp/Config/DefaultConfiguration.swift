/// The commented configuration `scorecards config --default` prints: every setting at its
/// default, and the key tables generated from the key map itself.
public enum DefaultConfiguration {
    public static func text(keyMap: KeyMap = .standard) -> String {
        var lines = [
            "# scorecards configuration: $XDG_CONFIG_HOME/scorecards/config.toml",
            "# (~/.config/scorecards/config.toml), or --config PATH.",
            "# Command-line flags override this file; NO_COLOR and --no-color always win.",
            "",
            "[display]",
            "# auto (dark or light, from the terminal's background) | dark | light | mono",
            "theme = \"auto\"",
            "# auto (from the locale) | zh | en",
            "language = \"auto\"",
            "# How wide the terminal draws “ ” · … — ─ ▁: auto (ask it) | 1 | 2",
            "ambiwidth = \"auto\"",
            "# fullwidth: show , : ; ( ) ? ! between Chinese characters as ，：；（）？！ | asis",
            "punctuation = \"fullwidth\"",
            "# Colour of a rise: red (红涨绿跌, as on mainland boards) | green",
            "rise-color = \"red\"",
            "# false: no colour, as with NO_COLOR",
            "color = true",
            "# Capturing the mouse stops the terminal's own text selection, so it is off by default.",
            "mouse = false",
            "# Reopen where you left off: pane, selection, place in each article.",
            "restore = true",
            "",
            "# Keys, in the notation of `scorecards dump --keys`: \"j\", \"<Down>\", \"<C-d>\", \"<lt>\".",
            "# A line replaces all keys of that action; a key may do one thing per table, and every",
            "# view keeps a key that leaves it. `scorecards config --check FILE` also warns about keys",
            "# taken twice and chords a terminal sends as another key (<C-m> is Enter, <C-i> is Tab).",
        ]
        for context in KeyContext.allCases {
            lines.append("")
            lines.append("[keys.\(context.rawValue)]")
            // Every action that works here, with its keys and what it does, from the action table.
            for spec in ActionTable.all where spec.contexts.contains(context) {
                let keys = keyMap.keys(for: spec.action, in: context).map {
                    "\"" + $0.notation.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                }
                lines.append("# \(spec.name) = [\(keys.joined(separator: ", "))]  # \(spec.help(in: context).en)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}

private extension Substring {
    func range(of target: String) -> Range<Index>? {
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(target) { return start..<index(start, offsetBy: target.count) }
            start = index(after: start)
        }
        return nil
    }
}
