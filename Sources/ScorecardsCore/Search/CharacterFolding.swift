/// The per-scalar equivalences applied to indexed text and queries alike: Latin case,
/// full-width and half-width forms, traditional → simplified characters, and dropping
/// whitespace and invisible characters.
enum CharacterFolding {
    /// What `fold` returns for a scalar that is dropped.
    static let removed: UInt32 = 0

    /// Scalars that NFC leaves alone and that never combine with a neighbour, so that
    /// text made only of them needs no normalisation pass. Covers ASCII, Latin, common
    /// punctuation and symbols, kana, CJK ideographs and full-width forms.
    @inline(__always)
    static func isStable(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        case 0x2010...0x2027, 0x2030...0x205E, 0x2460...0x26FF: true
        case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0xFF01...0xFFEF: true
        default: false
        }
    }

    /// Folds a scalar for which `isStable` holds.
    @inline(__always)
    static func foldStable(_ value: UInt32, _ variants: SimplifiedVariantTable = .shared) -> UInt32 {
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return value + 0x20 }
            return value <= 0x20 || value == 0x7F ? removed : value
        }
        if value >= 0x3400 && value <= 0x9FFF {
            return variants.simplified(value)
        }
        if value < 0x100 {
            // C1 controls, no-break space and soft hyphen are invisible or blank.
            if value <= 0xA0 || value == 0xAD { return removed }
            if value >= 0xC0 && value <= 0xDE && value != 0xD7 { return value + 0x20 }
            return value
        }
        if value >= 0xFF01 && value <= 0xFF5E {
            return foldStable(value - 0xFEE0, variants)
        }
        switch value {
        case 0x3000: return removed
        case 0xFF61: return 0x3002
        case 0xFF62: return 0x300C
        case 0xFF63: return 0x300D
        case 0xFF64: return 0x3001
        case 0xFFE0: return 0xA2
        case 0xFFE1: return 0xA3
        case 0xFFE2: return 0xAC
        case 0xFFE3: return 0xAF
        case 0xFFE4: return 0xA6
        case 0xFFE5: return 0xA5
        case 0xFFE6: return 0x20A9
        default: break
        }
        if value < 0x300, let scalar = Unicode.Scalar(value) {
            return lowercased(scalar)
        }
        return value
    }

    /// Folds any scalar of NFC text.
    static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if isStable(value) { return foldStable(value) }
        let properties = scalar.properties
        if properties.isWhitespace || properties.generalCategory == .control
            || properties.isDefaultIgnorableCodePoint {
            return removed
        }
        return SimplifiedVariantTable.shared.simplified(lowercased(scalar))
    }

    /// Simple lowercase mapping; characters whose lowercase is longer than one scalar stay.
    private static func lowercased(_ scalar: Unicode.Scalar) -> UInt32 {
        let properties = scalar.properties
        guard properties.changesWhenLowercased else { return scalar.value }
        let lower = properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let first = lower.first else { return scalar.value }
        return first.value
    }
}
