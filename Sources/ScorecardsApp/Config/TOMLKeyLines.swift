/// Where each key of a TOML document is written.
///
/// toml++ (through TOMLKit) reports a position for its own errors but none for the values it
/// parsed; a setting that is wrong must still be named with its line. So the text that toml++
/// accepted is read once more here, only for key paths: table headers, dotted keys and the
/// keys of inline tables, each noted with the line where it first appears. Strings, arrays
/// and comments are skipped as TOML defines them, so `color = true # see [notes` or a `"""`
/// string holding `theme = 1` cannot be mistaken for a key.
///
/// It reads text toml++ has already accepted, so it is lenient rather than a second
/// validator: it never fails, and where something unexpected stands it moves on a byte.
struct TOMLKeyLines {
    /// Key path → the line (from 1) where the path first appears.
    private(set) var lines: [[String]: Int] = [:]
    /// Lines holding a string with U+0000 written as an escape. TOMLKit hands strings over as
    /// C strings, which would end there and silently drop the rest.
    private(set) var nulLines: [Int] = []
    /// Invalid text that toml++ 3.4 meets with a failed assertion (an abort in a debug
    /// build, undefined behaviour in a release one) instead of an error: a table header
    /// that does not start with an ASCII name (`[=`, `[显示]`), an array element that starts
    /// with `}` or a line separator, a date followed by a space and a single digit
    /// (`2018-01-15 1}`), and a date and T without hours (`2018-01-15Tx`). They are caught here before the parser sees them.
    /// Unlike the rest, this is read from text not yet validated; the scan agrees with TOML
    /// up to the first error, which is as far as the parser would read.
    private(set) var hazards: [Hazard] = []

    struct Hazard: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    init(_ text: String) {
        var scanner = Scanner(bytes: Array(text.utf8))
        scanner.document()
        lines = scanner.lines
        nulLines = scanner.nulLines
        hazards = scanner.hazards
    }

    /// The line of `path`, or of the nearest enclosing path that has one.
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = lines[path] { return line }
            path.removeLast()
        }
        return nil
    }

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0
        var line = 1
        var lines: [[String]: Int] = [:]
        var nulLines: [Int] = []
        var hazards: [Hazard] = []
        /// Where the current line starts, for columns.
        var lineStart = 0
        /// Arrays and inline tables open around `i`. toml++ refuses more than 256; deeper
        /// than that this scan stops, so that no text can exhaust the stack.
        var depth = 0
        static let maximumDepth = 300

        init(bytes: [UInt8]) { self.bytes = bytes }

        /// The column of `i`, counted in characters from 1 as toml++ counts them.
        var column: Int {
            String(decoding: bytes[lineStart..<min(i, bytes.count)], as: UTF8.self).unicodeScalars.count + 1
        }

        mutating func newLine() {
            line += 1
            lineStart = i
        }

        func peek(_ offset: Int = 0) -> UInt8? {
            i + offset < bytes.count ? bytes[i + offset] : nil
        }

        mutating func note(_ path: [String]) {
            guard !path.isEmpty else { return }
            for count in 1...path.count where lines[Array(path.prefix(count))] == nil {
                lines[Array(path.prefix(count))] = line
            }
        }

        mutating func document() {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
            var table: [String] = []
            while i < bytes.count {
                skipBlankLines()
                guard let c = peek() else { break }
                let start = i
                if c == UInt8(ascii: "[") {
                    i += peek(1) == UInt8(ascii: "[") ? 2 : 1
                    skipBlanks()
                    // Only ASCII starts a bare key for toml++ (`[显示]` is not a name to it).
                    if let d = peek(), d >= 0x80 || !Self.isBare(d), d != UInt8(ascii: "\""), d != UInt8(ascii: "'") {
                        let rest = String(decoding: bytes[i..<min(bytes.count, i + 4)], as: UTF8.self)
                        let seen = rest.unicodeScalars.first.map { TOMLName.quoted(String($0)).dropFirst().dropLast() } ?? ""
                        hazards.append(Hazard(line: line, column: column,
                                              message: "invalid TOML in table header: expected a table name after [, saw '\(seen)'"))
                    }
                    table = key()
                    note(table)
                } else {
                    let path = table + key()
                    note(path)
                    skipBlanks()
                    if peek() == UInt8(ascii: "=") {
                        i += 1
                        value(path)
                    }
                }
                // The rest of the line is a closing bracket, blanks or a comment.
                while let c = peek(), c != UInt8(ascii: "\n") { i += 1 }
                if i == start { i += 1 }
            }
        }

        mutating func skipBlanks() {
            while let c = peek(), c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") { i += 1 }
        }

        /// Blanks, comments and line ends, as between the elements of an array.
        mutating func skipBlankLines() {
            while let c = peek() {
                switch c {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    i += 1
                case UInt8(ascii: "\n"):
                    i += 1
                    newLine()
                case UInt8(ascii: "#"):
                    while let d = peek(), d != UInt8(ascii: "\n") { i += 1 }
                default:
                    return
                }
            }
        }

        static func isBare(_ c: UInt8) -> Bool {
            (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
                || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
                || c >= 0x80
        }

        /// A key, dotted or not: its parts, quoted ones decoded.
        mutating func key() -> [String] {
            var parts: [String] = []
            while true {
                skipBlanks()
                guard let c = peek() else { break }
                if c == UInt8(ascii: "\"") {
                    parts.append(basicString())
                } else if c == UInt8(ascii: "'") {
                    parts.append(literalString())
                } else if Self.isBare(c) {
                    let start = i
                    while let d = peek(), Self.isBare(d) { i += 1 }
                    parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                } else {
                    break
                }
                skipBlanks()
                guard peek() == UInt8(ascii: ".") else { break }
                i += 1
            }
            return parts
        }

        /// A value; keys inside inline tables are noted under `path` (nil inside arrays,
        /// whose elements have no key path).
        mutating func value(_ path: [String]?) {
            skipBlanks()
            guard let c = peek() else { return }
            switch c {
            case UInt8(ascii: "\""):
                if peek(1) == c, peek(2) == c { multiLineString(escapes: true) } else { _ = basicString() }
            case UInt8(ascii: "'"):
                if peek(1) == c, peek(2) == c { multiLineString(escapes: false) } else { _ = literalString() }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                guard depth < Self.maximumDepth else {
                    i = bytes.count
                    return
                }
                i += 1
                depth += 1
                if c == UInt8(ascii: "[") { array() } else { inlineTable(path) }
                depth -= 1
            default:
                // Numbers, booleans, dates and times, `1979-05-27 07:32:00` with its space too.
                checkDateWithSpace()
                while let d = peek(), !Self.endsScalar(d) { i += 1 }
            }
        }

        /// toml++ reads `YYYY-MM-DD` followed by a space and a digit on as a date-time, and
        /// asserts that the character after that digit does not end the value.
        mutating func checkDateWithSpace() {
            var j = i
            var date: [UInt8] = []
            while let (scalar, length) = scalar(at: j), !Self.endsValue(scalar) {
                if scalar != "_" { date.append(bytes[j]) }
                j += length
            }
            // `1979-05-27Tx…`: toml++ asserts that a digit follows the T.
            let raw = Array(bytes[i..<j])
            if raw.count >= 11, raw.prefix(10).enumerated().allSatisfy({ ($0.offset == 4 || $0.offset == 7) ? $0.element == UInt8(ascii: "-") : Self.isDigit($0.element) }),
               raw[10] == UInt8(ascii: "T") || raw[10] == UInt8(ascii: "t"), raw.count == 11 || !Self.isDigit(raw[11]) {
                let saved = i
                i += 11
                hazards.append(Hazard(line: line, column: column,
                                      message: "invalid TOML in date-time: expected hours after the T, like 07:32"))
                i = saved
                return
            }
            // toml++ looks only at the length, the first digit and the two dashes (other
            // characters merely fail to add traits), so neither does this: nothing of this
            // shape followed by a space and a digit is valid TOML anyway.
            guard date.count == 10, date[4] == UInt8(ascii: "-"), date[7] == UInt8(ascii: "-"), Self.isDigit(date[0]),
                  j + 2 < bytes.count, bytes[j] == UInt8(ascii: " "), Self.isDigit(bytes[j + 1]),
                  let (after, _) = scalar(at: j + 2), Self.endsValue(after)
            else { return }
            let saved = i
            i = j + 1
            hazards.append(Hazard(line: line, column: column,
                                  message: "invalid TOML in date-time: a time needs hours and minutes, like 07:32"))
            i = saved
        }

        /// The scalar whose UTF-8 starts at `j` (the text is valid UTF-8), and its length.
        func scalar(at j: Int) -> (Unicode.Scalar, Int)? {
            guard j < bytes.count else { return nil }
            let lead = bytes[j]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard j + length <= bytes.count,
                  let scalar = String(decoding: bytes[j..<(j + length)], as: UTF8.self).unicodeScalars.first else { return nil }
            return (scalar, length)
        }

        static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

        /// toml++'s value terminators: `,`, `]`, `}`, `#`, and whitespace as it counts it
        /// (no-break, ideographic and other Unicode spaces, and line ends, included).
        static func endsValue(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0x2C, 0x23, 0x5D, 0x7D, 0x85, 0xA0, 0x1680, 0x180E, 0x2000...0x200B, 0x2028, 0x2029,
                 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF:
                true
            default:
                false
            }
        }

        static func endsScalar(_ c: UInt8) -> Bool {
            c == UInt8(ascii: ",") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") || c == UInt8(ascii: "#")
                || c == UInt8(ascii: "\r") || c == UInt8(ascii: "\n")
        }

        mutating func array() {
            var expectingValue = true
            while peek() != nil {
                skipBlankLines()
                guard let c = peek() else { return }
                if c == UInt8(ascii: "]") { i += 1; return }
                if c == UInt8(ascii: ",") {
                    i += 1
                    expectingValue = true
                    continue
                }
                // toml++ takes what stands here for a value without checking that one can
                // start with it, and asserts.
                if expectingValue, let (scalar, _) = scalar(at: i), scalar == "}" || Self.endsValue(scalar) {
                    hazards.append(Hazard(line: line, column: column,
                                          message: "invalid TOML in array: expected a value or ], saw '\(TOMLName.quoted(String(scalar)).dropFirst().dropLast())'"))
                }
                expectingValue = false
                let start = i
                value(nil)
                if i == start { i += 1 }
            }
        }

        mutating func inlineTable(_ path: [String]?) {
            while peek() != nil {
                skipBlankLines()
                guard let c = peek() else { return }
                if c == UInt8(ascii: "}") { i += 1; return }
                if c == UInt8(ascii: ",") { i += 1; continue }
                let start = i
                let inner = key()
                if !inner.isEmpty {
                    let full = path.map { $0 + inner }
                    if let full { note(full) }
                    skipBlanks()
                    if peek() == UInt8(ascii: "=") {
                        i += 1
                        value(full)
                    }
                }
                if i == start { i += 1 }
            }
        }

        /// A `"…"` string, decoded (keys are compared decoded: `"dash\u0062oard"` is `dashboard`).
        mutating func basicString() -> String {
            i += 1
            var out: [UInt8] = []
            while let c = peek() {
                if c == UInt8(ascii: "\"") { i += 1; break }
                if c == UInt8(ascii: "\n") { break }
                if c == UInt8(ascii: "\\") {
                    escape(into: &out)
                    continue
                }
                out.append(c)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }

        mutating func literalString() -> String {
            i += 1
            let start = i
            while let c = peek(), c != UInt8(ascii: "'"), c != UInt8(ascii: "\n") { i += 1 }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            if peek() == UInt8(ascii: "'") { i += 1 }
            return text
        }

        /// One escape at `i` (a backslash), decoded into `out`; notes an escaped U+0000.
        mutating func escape(into out: inout [UInt8]) {
            guard let e = peek(1) else { i += 1; return }
            let simple: [UInt8: UInt8] = [
                UInt8(ascii: "b"): 0x08, UInt8(ascii: "t"): 0x09, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "f"): 0x0C,
                UInt8(ascii: "r"): 0x0D, UInt8(ascii: "e"): 0x1B, UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C,
            ]
            if let byte = simple[e] {
                out.append(byte)
                i += 2
                return
            }
            let digits: Int = switch e {
            case UInt8(ascii: "u"): 4
            case UInt8(ascii: "U"): 8
            case UInt8(ascii: "x"): 2
            default: 0
            }
            guard digits > 0, i + 2 + digits <= bytes.count,
                  let value = UInt32(String(decoding: bytes[(i + 2)..<(i + 2 + digits)], as: UTF8.self), radix: 16),
                  let scalar = Unicode.Scalar(value) else {
                i += 2
                if e == UInt8(ascii: "\n") { newLine() }
                return
            }
            if value == 0 { nulLines.append(line) }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            i += 2 + digits
        }

        /// `"""…"""` or `'''…'''`, which may hold line ends and up to two quotes before the
        /// closing three.
        mutating func multiLineString(escapes: Bool) {
            let quote = bytes[i]
            i += 3
            var ignored: [UInt8] = []
            while let c = peek() {
                if c == quote, peek(1) == quote, peek(2) == quote {
                    i += 3
                    var extra = 0
                    while extra < 2, peek() == quote { i += 1; extra += 1 }
                    return
                }
                if escapes, c == UInt8(ascii: "\\") {
                    escape(into: &ignored)
                    ignored.removeAll(keepingCapacity: true)
                    continue
                }
                i += 1
                if c == UInt8(ascii: "\n") { newLine() }
            }
        }
    }
}
