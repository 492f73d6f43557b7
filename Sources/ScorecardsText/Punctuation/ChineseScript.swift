/// Which code points belong to Chinese writing: Han characters and CJK or
/// full-width punctuation and symbols. Used to tell Chinese context.
enum ChineseScript {
    static func contains(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E80...0x2FDF,    // radicals
             0x3000...0x303F,    // CJK symbols and punctuation
             0x3100...0x312F,    // bopomofo
             0x31A0...0x31BF,
             0x3400...0x4DBF,    // extension A
             0x4E00...0x9FFF,
             0xF900...0xFAFF,
             0xFE10...0xFE1F,    // vertical forms
             0xFE30...0xFE4F,    // CJK compatibility forms
             0xFF00...0xFFEF,    // half-width and full-width forms
             0x20000...0x323AF,  // extensions B to H
             0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
