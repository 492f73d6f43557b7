import ScorecardsGrid

/// The bottom row: key hints for the view on top, as many as fit in rank order, and on the
/// right a message or a position.
enum StatusBar {
    static func draw(_ hints: [Hint], message: String?, trailing: String?, in rect: Rect, into grid: inout Grid) {
        grid.fill(rect, role: .statusBar)
        var right = trailing ?? ""
        var rightRole = Role.statusBar
        if let message {
            right = message
            rightRole = .message
        }
        let shownRight = grid.truncate(right, to: max(0, rect.width - 2))
        let rightWidth = grid.width(of: shownRight)
        if rightWidth > 0 {
            grid.put(shownRight, x: rect.maxX - rightWidth - 1, y: rect.y, clip: rect, role: rightRole)
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
