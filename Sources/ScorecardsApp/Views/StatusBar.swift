import ScorecardsGrid

/// The bottom row: key hints for the current view, as many as fit in priority order, and on
/// the right a message or a position.
enum StatusBar {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid, trailing: String?) {
        grid.fill(rect, role: .statusBar)
        var right = trailing ?? ""
        var rightRole = Role.statusBar
        if let message = state.message {
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
        for hint in hints(state) {
            let keyWidth = grid.width(of: hint.keys), labelWidth = grid.width(of: hint.label)
            guard x + keyWidth + 1 + labelWidth <= limit else { break }
            grid.put(hint.keys, x: x, y: rect.y, clip: rect, role: .statusKey)
            grid.put(hint.label, x: x + keyWidth + 1, y: rect.y, clip: rect, role: .statusBar)
            x += keyWidth + 1 + labelWidth + 2
        }
    }

    struct Hint {
        var keys: String
        var label: String
    }

    /// Hints come from the key table, so remapped keys show as remapped.
    static func hints(_ state: AppState) -> [Hint] {
        let context = state.context
        let map = state.keyMap
        let hinted = (map.bindings(in: context) + map.bindings(in: .global))
            .filter { $0.hint != nil }
            .sorted { ($0.hint ?? 0) < ($1.hint ?? 0) }
        return hinted.compactMap { binding in
            guard let first = binding.keys.first else { return nil }
            var keys = first.label
            // Up and down are one hint: `j/k 移动`.
            if binding.action == .moveDown, let up = map.keys(for: .moveUp, in: context).first {
                keys += "/" + up.label
            }
            return Hint(keys: keys, label: label(binding.action, state.settings.language))
        }
    }

    static func label(_ action: Action, _ language: Language) -> String {
        let text: UIText = switch action {
        case .moveDown, .moveUp: .move
        case .open: .open
        case .focusNext, .focusPrevious: .focus
        case .zoom: .zoom
        case .help: .help
        case .quit, .forceQuit: .quit
        case .back: .back
        case .pageDown, .pageUp: .page
        case .nextArticle: .nextArticle
        case .previousArticle: .previousArticle
        case .metrics: .metrics
        case .sortFigures: .sort
        case .toggleScope: .scope
        case .filter: .filterHint
        case .search: .search
        case .copy: .copyHint
        default: .move
        }
        return text.text(language)
    }
}
