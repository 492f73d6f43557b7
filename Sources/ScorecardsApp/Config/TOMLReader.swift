#if !SCORECARDS_CONFIG_FUZZ
// The config fuzzer (Tests/Fuzz/fuzz-config.sh) compiles TOMLKit's sources into its own module.
import TOMLKit
#endif

/// TOML text → every setting it holds, each with its table, key and line. The parsing is
/// toml++'s (through TOMLKit): all of TOML 1.0, so dotted keys, inline tables, `"""`
/// strings, comments inside arrays, quoted keys, CRLF and a BOM mean what they mean
/// anywhere else. Lines come from `TOMLKeyLines`, since the parser gives none for values.
/// The rest of the program sees only `Document`.
enum TOMLReader {
    enum Value: Equatable {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        /// A date, a time or both, as TOML writes it.
        case dateTime(String)
        case array([Value])
        /// A table inside an array (tables elsewhere are listed as tables).
        case table

        var typeName: String {
            switch self {
            case .string: "a string"
            case .integer: "an integer"
            case .float: "a float"
            case .boolean: "a boolean"
            case .dateTime: "a date or time"
            case .array: "an array"
            case .table: "a table"
            }
        }

        /// The value as TOML would write it, escapes and all: safe to put in a message.
        var shown: String {
            switch self {
            case .string(let s): TOMLName.quoted(s)
            case .integer(let n): String(n)
            case .float(let x): String(x)
            case .boolean(let b): String(b)
            case .dateTime(let text): text
            case .array(let items): "[" + items.map(\.shown).joined(separator: ", ") + "]"
            case .table: "{…}"
            }
        }
    }

    /// One setting: `key = value` inside `table` (dotted, as a header would name it; empty
    /// at the top level).
    struct Entry: Equatable {
        var table: String
        var key: String
        var value: Value
        var line: Int
    }

    struct Failure: Error, Equatable {
        var line: Int
        var column: Int?
        var message: String
    }

    struct Table: Equatable {
        var name: String
        var line: Int
    }

    struct Document: Equatable {
        /// In the order of the text.
        var entries: [Entry] = []
        /// Every table, empty ones, implicit ones (`keys` of `[keys.reader]`) and inline ones
        /// included, in the order of the text.
        var tables: [Table] = []
    }

    static func parse(_ text: String) throws(Failure) -> Document {
        // TOMLKit passes the text as a C string, which would end at a NUL and hide the rest.
        if let nul = text.utf8.firstIndex(of: 0) {
            let before = text.utf8[..<nul]
            let line = before.count(where: { $0 == UInt8(ascii: "\n") }) + 1
            throw Failure(line: line, message: "a NUL byte, which TOML does not allow")
        }
        let keyLines = TOMLKeyLines(text)
        if let hazard = keyLines.hazards.first {
            throw Failure(line: hazard.line, column: hazard.column, message: hazard.message)
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Failure(line: max(1, error.source.begin.line), column: error.source.begin.column,
                          message: describe(error.description))
        } catch {
            throw Failure(line: 1, message: "not TOML")
        }
        if let line = keyLines.nulLines.first {
            throw Failure(line: line, message: "a string holds U+0000 (\\u0000), which no setting can use")
        }
        var document = Document()
        walk(root, path: [], lines: keyLines, into: &document)
        // toml++ keeps keys sorted; settings are checked, and reported, in the order written.
        document.entries = document.entries.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        document.tables = document.tables.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return document
    }

    private static func walk(_ table: TOMLTable, path: [String], lines: TOMLKeyLines, into document: inout Document) {
        for key in table.keys {
            guard let node = table[key]?.tomlValue else { continue }
            let inner = path + [key]
            let line = lines.line(of: inner) ?? 1
            if node.type == .table, let sub = node.table {
                document.tables.append(Table(name: TOMLName.path(inner), line: line))
                walk(sub, path: inner, lines: lines, into: &document)
            } else {
                document.entries.append(Entry(table: TOMLName.path(path), key: key, value: value(node), line: line))
            }
        }
    }

    private static func value(_ node: TOMLValue) -> Value {
        switch node.type {
        case .string: .string(node.string ?? "")
        case .int: .integer(node.int ?? 0)
        case .double: .float(node.double ?? .nan)
        case .bool: .boolean(node.bool ?? false)
        case .date, .time, .dateTime: .dateTime(node.debugDescription)
        case .array: .array((node.array.map(Array.init) ?? []).map { value($0.tomlValue) })
        case .table: .table
        }
    }

    /// toml++ words its errors "Error while parsing value: could not determine value type";
    /// the common cause of that one is a string without quotes, so say so.
    static func describe(_ description: String) -> String {
        var text = description
        if text.hasPrefix("Error while parsing ") { text = "invalid TOML in " + text.dropFirst("Error while parsing ".count) }
        if description.contains("could not determine value type") { text += " (strings need quotes: \"dark\")" }
        return text
    }
}

/// Keys and strings written the way TOML would read them back, so that whatever a file
/// holds (control characters, quotes, dots in keys) shows in a message as inert text on
/// one line.
enum TOMLName {
    static func isBare(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }

    static func key(_ key: String) -> String { isBare(key) ? key : quoted(key) }

    static func path(_ path: [String]) -> String { path.map(key).joined(separator: ".") }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x200B...0x200F).contains(v)
                    || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0xFEFF
                    || (0x2028...0x2029).contains(v) || (scalar.properties.isWhitespace && scalar != " ") {
                    let hex = String(v, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
