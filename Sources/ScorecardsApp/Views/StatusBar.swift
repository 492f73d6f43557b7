import ScorecardsGrid

/// The bottom row: key hints for the view on top, as many as fit in rank order, and on the
/// right a message or a position, after the busy mark while work runs beside the loop.
enum StatusBar {
    static func draw(_ hints: [Hint], message: String?, trailing: String?, busy: String? = nil, in rect: Rect,
                     into grid: inout Grid) {
        grid.fill(rect, role: .statusBar)
        var right = trailing ?? ""
        var rightRole = Role.statusBar
        if let message {
            right = message
            rightRole = .message
        }
        // The busy mark comes first, so that a long message cut short never hides it.
        var rightWidth = 0
        if let busy {
            let shownBusy = grid.truncate(busy, to: max(0, rect.width - 2))
            let busyWidth = grid.width(of: shownBusy)
            let shownRight = grid.truncate(right, to: max(0, rect.width - 4 - busyWidth))
            let width = grid.width(of: shownRight)
            let gap = width > 0 ? 2 : 0
            grid.put(shownBusy, x: rect.maxX - 1 - width - gap - busyWidth, y: rect.y, clip: rect, role: .statusKey)
            if width > 0 { grid.put(shownRight, x: rect.maxX - width - 1, y: rect.y, clip: rect, role: rightRole) }
            rightWidth = busyWidth + gap + width
        } else {
            let shownRight = grid.truncate(right, to: max(0, rect.width - 2))
            rightWidth = grid.width(of: shownRight)
            if rightWidth > 0 {
                grid.put(shownRight, x: rect.maxX - rightWidth - 1, y: rect.y, clip: rect, role: rightRole)
            }
        }
        var x = rect.x + 1
        let limit = rect.maxX - rightWidth - 2
        for hint in hints {
            let keyWidth = grid.width(of: hint.keys), labelWidth = grid.width(of: hint.label)
            guard x + keyWidth + 1 + labelWidth <= limit else { break }
            grid.put(hint.keys, x: x, y: rect.y, clip: rect, role: .statusKey)
            grid.put(hint.label, x: x + keyWidth + 1, y: rect.y, clip: rect, role: .statusBar)
            x += keyWidth + 1 + labelWidth + 2
        }
    }

    /// What is under way beside the loop, if anything: `搜索中`, `排版 35%`.
    static func busy(_ state: AppState) -> String? {
        var marks: [String] = []
        let work = state.work
        if work.running[.search] != nil || work.running[.find] != nil { marks.append(state.settings.text(.busySearching)) }
        if work.running[.measure] != nil {
            let percent = work.progress[.measure].map { $0.done * 100 / max(1, $0.total) }
            marks.append(state.settings.text(.busyMeasuring(percent: percent)))
        }
        if work.running[.figures] != nil { marks.append(state.settings.text(.busyListingFigures)) }
        return marks.isEmpty ? nil : marks.joined(separator: " ")
    }

    struct Hint: Equatable {
        var keys: String
        var label: String
    }

    /// The hinted actions of `context` (and the global ones it leaves free), by rank, each
    /// with the first key that does it there and its word from the action table; remapped
    /// keys show as remapped.
    static func hints(_ map: KeyMap, _ context: KeyContext, _ language: Language) -> [Hint] {
        let hinted = (map.bindings(in: context) + map.bindings(in: .global))
            // Help does not hint at itself once it is open.
            .filter { $0.hint != nil && !(context == .help && $0.action == .help) }
            .sorted { ($0.hint ?? 0) < ($1.hint ?? 0) }
        return hinted.compactMap { binding in
            guard let first = map.effectiveKeys(for: binding.action, in: context).first else { return nil }
            var keys = first.label
            // Down and up are one hint: `j/k 移动`.
            if binding.action == .moveDown, let up = map.effectiveKeys(for: .moveUp, in: context).first {
                keys += "/" + up.label
            }
            return Hint(keys: keys, label: binding.action.hint(in: context).text(language))
        }
    }
}
