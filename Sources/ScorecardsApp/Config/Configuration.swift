import ScorecardsGrid

/// The settings a config file can hold. Anything left out keeps its default; anything the
/// file gets wrong is an error that names the key and the line, never silently dropped.
public struct Configuration: Equatable, Sendable {
    public var theme: String?
    public var language: Language?
    /// "auto", "1" or "2".
    public var ambiwidth: String?
    public var punctuation: PunctuationStyle?
    public var riseColor: RiseColor?
    public var color: Bool?
    public var mouse: Bool?
    public var restore: Bool?
    /// `[keys.<context>]` tables: action name → keys in `dump --keys` notation.
    public var keys: [String: [String: [String]]] = [:]
    /// Where each `keys` entry stands, to point at it when the key map refuses it.
    var keyLines: [String: Int] = [:]

    public init() {}

    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var line: Int
        /// Where on the line, when the TOML parser says.
        public var column: Int?
        public var message: String

        public init(line: Int, column: Int? = nil, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "line \(line)" + (column.map { ", column \($0)" } ?? "") + ": \(message)" }
    }

    /// TOML text → the settings, or the first thing wrong with it in the order of the text.
    public static func parse(_ text: String) throws(Failure) -> Configuration {
        let document: TOMLReader.Document
        do {
            document = try TOMLReader.parse(text)
        } catch {
            throw Failure(line: error.line, column: error.column, message: error.message)
        }
        // Every setting is read, so that the problem reported is the first in the text, the
        // key map's included (toml++ hands keys over sorted, and the key map is checked whole).
        var problems = document.tables.filter { !knownTables.contains($0.name) }.map { table in
            Failure(line: table.line, message: table.name.hasPrefix("keys.") ? unknownKeyTable(table.name) : "unknown table [\(table.name)]")
        }
        var config = Configuration()
        for entry in document.entries {
            do {
                try config.take(entry)
            } catch {
                problems.append(error)
            }
        }
        do {
            _ = try config.keyMap()
        } catch {
            problems.append(error)
        }
        if let first = problems.min(by: { ($0.line == 0 ? Int.max : $0.line) < ($1.line == 0 ? Int.max : $1.line) }) {
            throw first
        }
        return config
    }

    static let knownTables: Set<String> = Set(["display", "keys"] + KeyContext.allCases.map { "keys." + $0.rawValue })

    static func unknownKeyTable(_ name: String) -> String {
        "unknown table [\(name)]; key tables are " + KeyContext.allCases.map { "[keys.\($0.rawValue)]" }.joined(separator: ", ")
    }

    private mutating func take(_ entry: TOMLReader.Entry) throws(Failure) {
        let key = TOMLName.key(entry.key)
        let place = "'\(key)' in [\(entry.table)]"
        func fail(_ message: String) -> Failure { Failure(line: entry.line, message: message) }
        func string(_ allowed: [String]) throws(Failure) -> String {
            guard case .string(let s) = entry.value else {
                throw fail("\(place) must be a string, one of \(allowed.joined(separator: ", ")); found \(entry.value.typeName)")
            }
            guard allowed.contains(s) else { throw fail("\(place) must be one of \(allowed.joined(separator: ", ")); found \(entry.value.shown)") }
            return s
        }
        func bool() throws(Failure) -> Bool {
            guard case .boolean(let b) = entry.value else { throw fail("\(place) must be true or false; found \(entry.value.typeName)") }
            return b
        }
        if entry.table == "display" {
            switch entry.key {
            case "theme": theme = try string(Theme.choices)
            case "language":
                let s = try string(["auto", "zh", "en"])
                language = Language(rawValue: s)
            case "ambiwidth":
                switch entry.value {
                case .integer(let n) where n == 1 || n == 2: ambiwidth = String(n)
                case .string(let s) where ["auto", "1", "2"].contains(s): ambiwidth = s
                default: throw fail("\(place) must be \"auto\", 1 or 2; found \(entry.value.shown)")
                }
            case "punctuation": punctuation = PunctuationStyle(rawValue: try string(PunctuationStyle.allCases.map(\.rawValue)))
            case "rise-color": riseColor = RiseColor(rawValue: try string(RiseColor.allCases.map(\.rawValue)))
            case "color": color = try bool()
            case "mouse": mouse = try bool()
            case "restore": restore = try bool()
            default: throw fail("unknown key '\(key)' in [display]")
            }
            return
        }
        if entry.table.hasPrefix("keys.") {
            let context = String(entry.table.dropFirst(5))
            guard KeyContext(rawValue: context) != nil else { throw fail(Self.unknownKeyTable(entry.table)) }
            let items: [TOMLReader.Value]
            switch entry.value {
            case .string: items = [entry.value]
            case .array(let values): items = values
            default: throw fail("\(place) must be a key or an array of keys, like [\"j\", \"<Down>\"]; found \(entry.value.typeName)")
            }
            var keyTexts: [String] = []
            for item in items {
                guard case .string(let s) = item else { throw fail("\(place): keys are strings, like \"j\" or \"<C-d>\"; found \(item.typeName)") }
                keyTexts.append(s)
            }
            keys[context, default: [:]][entry.key] = keyTexts
            keyLines[context + "." + entry.key] = entry.line
            return
        }
        if entry.table.isEmpty {
            if Self.knownTables.contains(entry.key) {
                throw fail("'\(key)' must be a table, like [\(key)]; found \(entry.value.typeName)")
            }
            throw fail("'\(key)' must be inside a table such as [display]")
        }
        if entry.table == "keys" {
            throw fail("'\(key)' in [keys] must be a table of keys, like [keys.\(key)]; found \(entry.value.typeName)")
        }
        throw fail("unknown table [\(entry.table)]")
    }

    /// The standard key map with this file's changes.
    public func keyMap() throws(Failure) -> KeyMap {
        do {
            return try KeyMap.standard.remapped(keys)
        } catch {
            switch error {
            case .unknownContext(let context):
                throw Failure(line: 0, message: "unknown table [keys.\(context)]")
            case .unknownAction(let action, let context):
                throw Failure(line: keyLines[context + "." + action] ?? 0,
                              message: "unknown action '\(action)' in [keys.\(context)]")
            case .badKey(let key, let reason):
                let line = keys.flatMap { context, actions in
                    actions.filter { $0.value.contains(key) }.map { keyLines[context + "." + $0.key] ?? 0 }
                }.first ?? 0
                throw Failure(line: line, message: "bad key \"\(key)\": \(reason)")
            case .conflict(let key, let context, let actions):
                let line = actions.compactMap { keyLines[context + "." + $0] }.max() ?? 0
                // Name the chord the file wrote when it is a named key's byte (<C-m> is <CR>).
                let written = actions.compactMap { keys[context]?[$0] }.joined()
                    .first { text in Self.namedKey(writtenAs: text)?.notation == key }
                let key = written.map { "\($0) (\(key) to a terminal)" } ?? key
                throw Failure(line: line, message: "key \(key) would do both '\(actions[0])' and '\(actions[1])' in [keys.\(context)]; rebind one of them")
            case .noWayOut(let context, let message):
                throw Failure(line: keyLine(in: [context, KeyContext.global.rawValue]), message: message)
            }
        }
    }
}
