import CNcursesw
import ScorecardsApp

/// Turns what `wget_wch` returns into a key.
enum KeyDecoder {
    /// Control bytes through the table the key notation reads too (ControlKeys), so a key
    /// bound as `<C-j>` is the key Ctrl-J makes here; C1 controls are no key.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 0x00...0x1F, 0x7F: return ControlKeys.key(forByte: code)
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    static func function(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        default:
            for n in 1...12 where code == sc_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }
}
