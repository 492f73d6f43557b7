import ScorecardsGrid

/// The key table, drawn as a centred overlay. Built from the bindings themselves, so it
/// cannot drift from what the keys do.
enum HelpView {
    static func lines(_ state: AppState) -> [(keys: String, text: String, heading: Bool)] {
        let language = state.settings.language
        var out: [(String, String, Bool)] = []
        let sections: [(KeyContext, UIText)] = [(.dashboard, .sectionDashboard), (.reader, .sectionReader),
                                                (.metrics, .sectionMetrics), (.prompt, .sectionPrompt), (.global, .sectionGlobal)]
        for (context, title) in sections {
            out.append(("", title.text(language), true))
            for binding in state.keyMap.bindings(in: context) {
                let keys = binding.keys.map(\.label).joined(separator: " ")
                let help = binding.action.help
                out.append((keys, language == .zh ? help.zh : help.en, false))
            }
            if context == .metrics {
                out.append((FiguresLegend.marks(state.settings.glyphs), state.settings.text(.figuresLegendMeaning), false))
            }
            out.append(("", "", false))
        }
        return out
    }

    static func all(_ state: AppState) -> [(keys: String, text: String, heading: Bool)] { lines(state) }

    static func frame(_ state: AppState) -> Rect {
        let width = min(state.size.width - 4, 60), height = state.size.height - 2
        return Rect(x: (state.size.width - width) / 2, y: 1, width: width, height: height)
    }

    static func maxScroll(_ state: AppState) -> Int {
        max(0, lines(state).count - (frame(state).height - 2))
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        let box = frame(state)
        guard box.width >= 10, box.height >= 4 else { return }
        grid.fill(box, role: .overlay)
        grid.box(box, glyphs: state.settings.glyphs, role: .overlay,
                 title: state.settings.text(.helpTitle) + " · " + state.settings.text(.helpClose), titleRole: .overlay)
        let total = all(state).count, shown = box.height - 2
        if total > shown {
            let position = " \(min(total, state.helpScroll + shown))/\(total) "
            grid.put(position, x: box.maxX - grid.width(of: position) - 2, y: box.maxY - 1, clip: box, role: .overlay)
        }
        let inner = box.inset(left: 2, top: 1, right: 2, bottom: 1)
        let all = all(state)
        let keyColumn = min(18, inner.width / 3)
        for row in 0..<inner.height {
            let i = state.helpScroll + row
            guard all.indices.contains(i) else { break }
            let line = all[i]
            let y = inner.y + row
            if line.heading {
                grid.line(line.text, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .overlayKey)
            } else {
                grid.line(line.keys, in: Rect(x: inner.x + 1, y: y, width: keyColumn, height: 1), role: .overlayKey)
                grid.line(line.text, in: Rect(x: inner.x + 2 + keyColumn, y: y, width: inner.width - keyColumn - 2, height: 1), role: .overlay)
            }
        }
    }
}
