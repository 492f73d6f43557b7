extension Key {
    /// The key in the notation `dump --keys` and the config file use.
    public var notation: String {
        switch self {
        case .char("<"): "<lt>"
        case .char(" "): "<Space>"
        case .char(let c): String(c)
        case .ctrl(let c): "<C-\(c)>"
        case .up: "<Up>"
        case .down: "<Down>"
        case .left: "<Left>"
        case .right: "<Right>"
        case .home: "<Home>"
        case .end: "<End>"
        case .pageUp: "<PageUp>"
        case .pageDown: "<PageDown>"
        case .enter: "<CR>"
        case .escape: "<Esc>"
        case .tab: "<Tab>"
        case .backTab: "<S-Tab>"
        case .backspace: "<BS>"
        case .delete: "<Del>"
        case .insert: "<Insert>"
        case .function(let n): "<F\(n)>"
        }
    }
}
