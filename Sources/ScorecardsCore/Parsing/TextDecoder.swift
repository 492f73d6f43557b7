import Glibc

/// Turns the bytes of an issue file into text: UTF-8 (with or without BOM), UTF-16 with a
/// BOM, or GB18030, which is what copies of Chinese web pages come in.
public enum TextDecoder {
    public struct Result: Sendable {
        public var text: String
        public var encoding: TextEncoding
        /// The file ended inside a multi-byte character; the partial character was dropped.
        public var truncatedCharacter: Bool
    }

    /// GB18030-encoded Chinese almost never forms even one well-formed multi-byte UTF-8
    /// character, so a handful of them before a bad byte means the file is UTF-8.
    static let utf8Evidence = 8

    public static func decode(_ bytes: [UInt8]) throws(IssueLoadError) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeUTF8(bytes[3...], encoding: .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeUTF16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes.dropFirst(2), bigEndian: true) }
        if let nul = bytes.firstIndex(of: 0) {
            throw .notText(reason: "NUL byte at offset \(nul)")
        }
        switch UTF8Validation.check(bytes[...]) {
        case .valid:
            return Result(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, truncatedCharacter: false)
        case .truncated(let at):
            return Result(text: String(decoding: bytes[..<at], as: UTF8.self), encoding: .utf8, truncatedCharacter: true)
        case .invalid(let offset, let multibyteBefore) where multibyteBefore >= utf8Evidence:
            // Well-formed UTF-8 Chinese before the bad byte: this is damaged UTF-8, and
            // reading it as GB18030 would only produce mojibake.
            throw .notText(reason: "invalid UTF-8 byte 0x\(hex(bytes[offset])) at offset \(offset)")
        case .invalid(let offset, _):
            return try decodeGB18030(bytes, utf8FailedAt: offset)
        }
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, encoding: TextEncoding) throws(IssueLoadError) -> Result {
        if let nul = bytes.firstIndex(of: 0) {
            throw .notText(reason: "NUL byte at offset \(nul)")
        }
        switch UTF8Validation.check(bytes) {
        case .valid:
            return Result(text: String(decoding: bytes, as: UTF8.self), encoding: encoding, truncatedCharacter: false)
        case .truncated(let at):
            return Result(text: String(decoding: bytes[..<at], as: UTF8.self), encoding: encoding, truncatedCharacter: true)
        case .invalid(let offset, _):
            throw .notText(reason: "invalid UTF-8 byte 0x\(hex(bytes[offset])) at offset \(offset)")
        }
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(IssueLoadError) -> Result {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var position = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw .notText(reason: "NUL character at offset \(2 + position * 2)") }
                text.unicodeScalars.append(scalar)
                position += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput: break loop
            case .error: throw .notText(reason: "invalid UTF-16 at offset \(2 + position * 2)")
            }
        }
        let encoding: TextEncoding = bigEndian ? .utf16BE : .utf16LE
        return Result(text: text, encoding: encoding, truncatedCharacter: bytes.count % 2 == 1)
    }

    /// GB18030 through glibc's iconv. Any byte sequence that is neither UTF-8 nor GB18030 is
    /// refused with the offset where both readings failed (the later of the two, since that is
    /// as far as either got).
    private static func decodeGB18030(_ bytes: [UInt8], utf8FailedAt: Int) throws(IssueLoadError) -> Result {
        let converter = iconv_open("UTF-8", "GB18030")
        guard let converter, converter != iconv_t(bitPattern: -1) else {
            throw .notText(reason: "invalid UTF-8 byte 0x\(hex(bytes[utf8FailedAt])) at offset \(utf8FailedAt), and GB18030 is unavailable")
        }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var failure: (offset: Int, truncated: Bool)?
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                produced = outBuffer.count - outLeft
                if status == -1 {
                    failure = (inBuffer.count - inLeft, errno == EINVAL)
                }
            }
        }
        if let failure {
            if failure.truncated {
                return Result(text: String(decoding: output[..<produced], as: UTF8.self), encoding: .gb18030, truncatedCharacter: true)
            }
            let offset = max(failure.offset, utf8FailedAt)
            let byte = offset < bytes.count ? " 0x\(hex(bytes[offset]))" : ""
            throw .notText(reason: "neither UTF-8 nor GB18030: invalid byte\(byte) at offset \(offset)")
        }
        return Result(text: String(decoding: output[..<produced], as: UTF8.self), encoding: .gb18030, truncatedCharacter: false)
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
