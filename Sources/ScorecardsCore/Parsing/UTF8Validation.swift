/// Strict UTF-8 validation that says where it failed, which `String(validating:)` does not.
enum UTF8Validation {
    enum Outcome: Equatable {
        case valid
        /// A multi-byte sequence was cut off by the end of the input at this offset.
        case truncated(at: Int)
        /// The byte at this offset cannot start or continue a character here;
        /// `multibyteBefore` counts the well-formed multi-byte characters before it.
        case invalid(at: Int, multibyteBefore: Int)
    }

    static func check(_ bytes: ArraySlice<UInt8>) -> Outcome {
        let base = bytes.startIndex
        return bytes.withContiguousStorageIfAvailable { buffer -> Outcome in
            var i = 0
            var multibyte = 0
            let n = buffer.count
            while i < n {
                let b = buffer[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return .invalid(at: i, multibyteBefore: multibyte)
                }
                for k in 1..<length {
                    if i + k >= n { return .truncated(at: i) }
                    let c = buffer[i + k]
                    let (lo, hi): (UInt8, UInt8) = k == 1 ? (low, high) : (0x80, 0xBF)
                    if c < lo || c > hi { return .invalid(at: i + k, multibyteBefore: multibyte) }
                }
                i += length
                multibyte += 1
            }
            return .valid
        }.map { outcome in
            switch outcome {
            case .valid: .valid
            case .truncated(let at): .truncated(at: at + base)
            case .invalid(let at, let count): .invalid(at: at + base, multibyteBefore: count)
            }
        } ?? .invalid(at: base, multibyteBefore: 0)
    }
}
