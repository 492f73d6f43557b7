/// Which key each control byte is: the one table the terminal's key decoder and the key
/// notation (`dump --keys`, the configuration's keys) both read, so that a key written
/// `<C-j>` is the key a terminal delivers when Ctrl-J is pressed.
///
/// In raw mode a terminal sends Ctrl plus a letter as the letter's control byte, and some
/// keys send one of those same bytes: Tab is Ctrl-I (0x09), Enter is Ctrl-M (0x0D, a
/// carriage return: the program turns off the terminal's CR-to-LF translation) and Esc is
/// Ctrl-[ (0x1B). No program can tell those apart, so `<C-i>` is Tab and `<C-m>` is Enter
/// here too. Ctrl-J (0x0A, a line feed) is a key of its own, as in Vim: Enter never sends it.
/// Ctrl-H (0x08) is a key of its own and Backspace is DEL (0x7F), as today's terminals send
/// it; a terminal whose Backspace sends 0x08 says so in its terminfo entry (`kbs=^H`, as
/// vt100's does), and there ncurses reports that byte as Backspace, so Ctrl-H and Backspace
/// are one key on that terminal (`possiblyTheSame`).
public enum ControlKeys {
    /// The key a byte below 0x20, or DEL, stands for; nil for bytes that are no key
    /// (NUL, 0x1C–0x1F) and for printable bytes.
    public static func key(forByte byte: UInt32) -> Key? {
        switch byte {
        case 0x09: .tab
        case 0x0D: .enter
        case 0x1B: .escape
        case 0x7F: .backspace
        case 0x01...0x1A: .ctrl(Character(Unicode.Scalar(UInt8(byte) + 0x60)))
        default: nil
        }
    }

    /// Ctrl plus an ASCII letter, as the notation writes it (`<C-j>`, `<C-M>`): the key that
    /// chord is (`<C-m>` is Enter).
    public static func key(ctrl letter: Character) -> Key? {
        guard let ascii = letter.asciiValue, letter.isLetter else { return nil }
        return key(forByte: UInt32(ascii & 0x1F))
    }

    /// The byte a terminal sends for `key` when it is a single control byte.
    public static func byte(for key: Key) -> UInt8? {
        switch key {
        case .tab: 0x09
        case .enter: 0x0D
        case .escape: 0x1B
        case .backspace: 0x7F
        case .ctrl(let c):
            c.asciiValue.flatMap { ascii in
                let byte = ascii & 0x1F
                return Self.key(forByte: UInt32(byte)) == key ? byte : nil
            }
        default: nil
        }
    }

    /// Pairs of keys that are one key on some terminals (see the type's notes): a binding for
    /// one may answer the other there.
    public static let possiblyTheSame: [(Key, Key)] = [(.ctrl("h"), .backspace)]
}
