/// The part of TOML a configuration file needs: `[table]` and `[table.sub]` headers,
/// `key = value` with strings, integers, booleans and arrays, and comments. Every value
/// remembers its line, so an error can name the key and the line.
enum TOMLSubset {
    enum Value: Equatable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case array([Value])

        var typeName: String {
            switch self {
            case .string: "a string"
            case .integer: "an integer"
            case .boolean: "true or false"
            case .array: "an array"
            }
        }
    }

    struct Entry: Equatable {
        var table: String
        var key: String
        var value: Value
        var line: Int
    }

    struct Failure: Error, Equatable {
        var line: Int
        var message: String
    }

    struct Document: Equatable {
        var entries: [Entry] = []
        /// Every `[table]` header and its line, empty tables included.
        var tables: [(name: String, line: Int)] = []

        static func == (a: Document, b: Document) -> Bool {
            a.entries == b.entries && a.tables.map(\.name) == b.tables.map(\.name)
        }
    }

    static func parse(_ text: String) throws(Failure) -> Document {
        var document = Document()
        var entries: [Entry] = []
        var table = ""
        var seenTables: Set<String> = [""]
        var seenKeys: Set<String> = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        var index = 0
        while index < lines.count {
            let number = index + 1
            var line = Substring(lines[index])
            index += 1
            line = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if line.isEmpty || line.first == "#" { continue }
            if line.first == "[" {
                guard let close = line.firstIndex(of: "]") else { throw Failure(line: number, message: "a table header needs a closing ]") }
                let name = line[line.index(after: line.startIndex)..<close].trimmingSpaces
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
                    throw Failure(line: number, message: "bad table name [\(name)]")
                }
                let rest = line[line.index(after: close)...].trimmingSpaces
                guard rest.isEmpty || rest.hasPrefix("#") else { throw Failure(line: number, message: "unexpected text after [\(name)]") }
                guard !seenTables.contains(name) else { throw Failure(line: number, message: "table [\(name)] appears twice") }
                seenTables.insert(name)
                document.tables.append((name, number))
                table = name
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw Failure(line: number, message: "expected key = value")
            }
            var key = line[..<equals].trimmingSpaces
            if key.count >= 2, key.first == "\"", key.last == "\"" { key = String(key.dropFirst().dropLast()) }
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw Failure(line: number, message: "bad key '\(key)'")
            }
            let qualified = table + "." + key
            guard !seenKeys.contains(qualified) else { throw Failure(line: number, message: "key '\(key)' appears twice") }
            seenKeys.insert(qualified)
            var rest = line[line.index(after: equals)...]
            // Arrays may run over several lines.
            while rest.filter({ $0 == "[" }).count > rest.filter({ $0 == "]" }).count, index < lines.count {
                rest += " " + lines[index]
                index += 1
            }
            var reader = ValueReader(text: Array(rest), line: number)
            let value = try reader.value()
            try reader.end()
            entries.append(Entry(table: table, key: key, value: value, line: number))
        }
        document.entries = entries
        return document
    }

    struct ValueReader {
        var text: [Character]
        var line: Int
        var i = 0

        mutating func skipSpace() {
            while i < text.count, text[i] == " " || text[i] == "\t" || text[i] == "\r" { i += 1 }
        }

        mutating func end() throws(Failure) {
            skipSpace()
            guard i == text.count || text[i] == "#" else {
                throw Failure(line: line, message: "unexpected text after the value: \(String(text[i...]).trimmingSpaces)")
            }
        }

        mutating func value() throws(Failure) -> Value {
            skipSpace()
            guard i < text.count else { throw Failure(line: line, message: "missing value") }
            switch text[i] {
            case "\"": return .string(try basicString())
            case "'": return .string(try literalString())
            case "[": return try array()
            default:
                var word = ""
                while i < text.count, !" \t,]#".contains(text[i]) { word.append(text[i]); i += 1 }
                if word == "true" { return .boolean(true) }
                if word == "false" { return .boolean(false) }
                if let n = Int(word.replacingUnderscores) { return .integer(n) }
                throw Failure(line: line, message: "cannot read the value '\(word)' (strings need quotes)")
            }
        }

        mutating func basicString() throws(Failure) -> String {
            i += 1
            var out = ""
            while i < text.count {
                let c = text[i]
                i += 1
                if c == "\"" { return out }
                if c != "\\" { out.append(c); continue }
                guard i < text.count else { break }
                let e = text[i]
                i += 1
                switch e {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "u", "U":
                    let count = e == "u" ? 4 : 8
                    guard i + count <= text.count, let v = UInt32(String(text[i..<i + count]), radix: 16),
                          let scalar = Unicode.Scalar(v) else { throw Failure(line: line, message: "bad \\\(e) escape") }
                    out.unicodeScalars.append(scalar)
                    i += count
                default: throw Failure(line: line, message: "unknown escape \\\(e)")
                }
            }
            throw Failure(line: line, message: "unterminated string")
        }

        mutating func literalString() throws(Failure) -> String {
            i += 1
            var out = ""
            while i < text.count {
                let c = text[i]
                i += 1
                if c == "'" { return out }
                out.append(c)
            }
            throw Failure(line: line, message: "unterminated string")
        }

        mutating func array() throws(Failure) -> Value {
            i += 1
            var items: [Value] = []
            while true {
                skipSpace()
                guard i < text.count else { throw Failure(line: line, message: "unterminated array") }
                if text[i] == "]" { i += 1; return .array(items) }
                items.append(try value())
                skipSpace()
                guard i < text.count else { throw Failure(line: line, message: "unterminated array") }
                if text[i] == "," { i += 1; continue }
                if text[i] == "]" { i += 1; return .array(items) }
                throw Failure(line: line, message: "expected , or ] in the array")
            }
        }
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
    }

    var replacingUnderscores: String { String(filter { $0 != "_" }) }
}
