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
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func parse(_ text: String) throws(Failure) -> Configuration {
        let document: TOMLSubset.Document
        do {
            document = try TOMLSubset.parse(text)
        } catch {
            throw Failure(line: error.line, message: error.message)
        }
        for table in document.tables where !knownTables.contains(table.name) {
            throw Failure(line: table.line, message: table.name.hasPrefix("keys.") ? unknownKeyTable(table.name) : "unknown table [\(table.name)]")
        }
        var config = Configuration()
        for entry in document.entries {
            try config.take(entry)
        }
        _ = try config.keyMap()
        return config
    }

    static let knownTables: Set<String> = Set(["display", "keys"] + KeyContext.allCases.map { "keys." + $0.rawValue })

    static func unknownKeyTable(_ name: String) -> String {
        "unknown table [\(name)]; key tables are " + KeyContext.allCases.map { "[keys.\($0.rawValue)]" }.joined(separator: ", ")
    }

    private mutating func take(_ entry: TOMLSubset.Entry) throws(Failure) {
        func fail(_ message: String) -> Failure { Failure(line: entry.line, message: message) }
        func string(_ allowed: [String]) throws(Failure) -> String {
            guard case .string(let s) = entry.value else {
                throw fail("'\(entry.key)' must be a string, one of \(allowed.joined(separator: ", ")); found \(entry.value.typeName)")
            }
            guard allowed.contains(s) else { throw fail("'\(entry.key)' must be one of \(allowed.joined(separator: ", ")); found \"\(s)\"") }
            return s
        }
        func bool() throws(Failure) -> Bool {
            guard case .boolean(let b) = entry.value else { throw fail("'\(entry.key)' must be true or false; found \(entry.value.typeName)") }
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
                default: throw fail("'ambiwidth' must be \"auto\", 1 or 2")
                }
            case "punctuation": punctuation = PunctuationStyle(rawValue: try string(PunctuationStyle.allCases.map(\.rawValue)))
            case "rise-color": riseColor = RiseColor(rawValue: try string(RiseColor.allCases.map(\.rawValue)))
            case "color": color = try bool()
            case "mouse": mouse = try bool()
            case "restore": restore = try bool()
            default: throw fail("unknown key '\(entry.key)' in [display]")
            }
            return
        }
        if entry.table.hasPrefix("keys.") {
            let context = String(entry.table.dropFirst(5))
            guard KeyContext(rawValue: context) != nil else { throw fail(Self.unknownKeyTable(entry.table)) }
            let items: [TOMLSubset.Value]
            switch entry.value {
            case .string: items = [entry.value]
            case .array(let values): items = values
            default: throw fail("'\(entry.key)' must be a key or an array of keys, like [\"j\", \"<Down>\"]")
            }
            var keyTexts: [String] = []
            for item in items {
                guard case .string(let s) = item else { throw fail("'\(entry.key)': keys are strings, like \"j\" or \"<C-d>\"") }
                keyTexts.append(s)
            }
            keys[context, default: [:]][entry.key] = keyTexts
            keyLines[context + "." + entry.key] = entry.line
            return
        }
        throw fail(entry.table.isEmpty ? "'\(entry.key)' must be inside a table such as [display]" : "unknown table [\(entry.table)]")
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
                throw Failure(line: line, message: "key \(key) would do both '\(actions[0])' and '\(actions[1])' in [keys.\(context)]; rebind one of them")
            }
        }
    }
}
