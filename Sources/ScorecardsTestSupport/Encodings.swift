import Glibc

/// Re-encodes text with glibc's iconv, to make GB18030 copies of the seed in tests.
public enum Encodings {
    public static func convert(_ text: String, to encoding: String) -> [UInt8]? {
        guard let cd = iconv_open(encoding, "UTF-8"), cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var ok = false
        var produced = 0
        input.withUnsafeMutableBufferPointer { ib in
            output.withUnsafeMutableBufferPointer { ob in
                var ip: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(ib.baseAddress!).assumingMemoryBound(to: CChar.self)
                var il = ib.count
                var op: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(ob.baseAddress!).assumingMemoryBound(to: CChar.self)
                var ol = ob.count
                ok = iconv(cd, &ip, &il, &op, &ol) != -1
                produced = ob.count - ol
            }
        }
        return ok ? Array(output[..<produced]) : nil
    }
}
