/// Traditional → simplified character mapping (Unihan kSimplifiedVariant), decoded once
/// from the generated pair list in `Generated/SimplifiedVariantTable.swift`.
struct SimplifiedVariantTable: Sendable {
    static let shared = SimplifiedVariantTable()

    private static let directFirst: UInt32 = 0x3400
    private static let directEnd: UInt32 = 0xA000

    /// Simplified form per code point of U+3400..<U+A000, 0 when unchanged: the hot range is one load.
    private let direct: [UInt32]
    /// Everything else (Extension B and later, compatibility ideographs).
    private let other: [UInt32: UInt32]

    init() {
        var direct = [UInt32](repeating: 0, count: Int(Self.directEnd - Self.directFirst))
        var other: [UInt32: UInt32] = [:]
        var pending: UInt32?
        for scalar in Self.encodedPairs.unicodeScalars where scalar.value > 0x20 {
            guard let from = pending else {
                pending = scalar.value
                continue
            }
            if from >= Self.directFirst && from < Self.directEnd {
                direct[Int(from - Self.directFirst)] = scalar.value
            } else {
                other[from] = scalar.value
            }
            pending = nil
        }
        self.direct = direct
        self.other = other
    }

    /// The simplified form of `value`, or `value` itself.
    @inline(__always)
    func simplified(_ value: UInt32) -> UInt32 {
        let offset = value &- Self.directFirst
        if offset < Self.directEnd - Self.directFirst {
            let mapped = direct[Int(offset)]
            return mapped == 0 ? value : mapped
        }
        if value < 0xF900 { return value }
        return other[value] ?? value
    }
}
