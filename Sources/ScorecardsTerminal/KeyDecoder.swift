import CNcursesw
import ScorecardsApp

/// Turns what `wget_wch` returns into a key.
enum KeyDecoder {
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 0x1B: return .escape
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A:
            return .ctrl(Character(Unicode.Scalar(code + 0x60)!))
        case 0x00...0x1F, 0x80...0x9F:
            return nil
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
