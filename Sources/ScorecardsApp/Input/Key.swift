/// A key as the application sees it, whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// A printable character, Chinese from an input method included.
    case char(Character)
    /// Control plus a letter, lower case: `.ctrl("c")`.
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)

    /// How the help screen and the status bar write the key.
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "C-\(c)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "BS"
        case .delete: "Del"
        case .insert: "Ins"
        case .function(let n): "F\(n)"
        }
    }

    /// Printable characters, which a text prompt takes as text.
    public var printable: Character? {
        if case .char(let c) = self { return c }
        return nil
    }
}
