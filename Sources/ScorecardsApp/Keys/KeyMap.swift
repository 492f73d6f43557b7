/// The key table: which keys do what, where. The single source for dispatch, the help
/// screen and the status-bar hints.
public struct KeyMap: Equatable, Sendable {
    public struct Binding: Equatable, Sendable {
        public var keys: [Key]
        public var action: Action
        public var context: KeyContext
        /// Status-bar hint priority, lower shown first; nil: never hinted.
        public var hint: Int?
    }

    public private(set) var bindings: [Binding]

    public init(bindings: [Binding]) {
        self.bindings = bindings
    }

    public func action(for key: Key, in context: KeyContext) -> Action? {
        for ctx in [context, .global] {
            if let b = bindings.first(where: { $0.context == ctx && $0.keys.contains(key) }) { return b.action }
        }
        return nil
    }

    public func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.context == context }
    }

    /// The keys bound to `action` in `context`, as the user would type them.
    public func keys(for action: Action, in context: KeyContext) -> [Key] {
        bindings.first(where: { $0.context == context && $0.action == action })?.keys ?? []
    }

    public enum RemapError: Error, Equatable {
        case unknownContext(String)
        case unknownAction(String, context: String)
        case badKey(String, reason: String)
        /// The key would do two things in one place.
        case conflict(key: String, context: String, actions: [String])
    }

    /// This key map with the keys of some actions replaced: `[context: [action: [keys]]]`,
    /// keys in `dump --keys` notation. Every key must end up doing one thing per context.
    public func remapped(_ changes: [String: [String: [String]]]) throws(RemapError) -> KeyMap {
        var bindings = self.bindings
        for (contextName, actions) in changes {
            guard let context = KeyContext(rawValue: contextName) else { throw .unknownContext(contextName) }
            for (actionName, keyTexts) in actions {
                guard let index = bindings.firstIndex(where: { $0.context == context && $0.action.name == actionName }) else {
                    throw .unknownAction(actionName, context: contextName)
                }
                var keys: [Key] = []
                for text in keyTexts {
                    let events: [Event]
                    do { events = try KeyNotation.parse(text) } catch { throw .badKey(text, reason: error.description) }
                    guard events.count == 1, case .key(let key) = events[0] else {
                        throw .badKey(text, reason: "one key per entry (write <lt> for a literal <)")
                    }
                    keys.append(key)
                }
                bindings[index].keys = keys
            }
        }
        for context in KeyContext.allCases {
            var seen: [Key: String] = [:]
            for binding in bindings where binding.context == context {
                for key in binding.keys {
                    if let other = seen[key], other != binding.action.name {
                        throw .conflict(key: key.notation, context: context.rawValue, actions: [other, binding.action.name])
                    }
                    seen[key] = binding.action.name
                }
            }
        }
        return KeyMap(bindings: bindings)
    }

    public static let standard = KeyMap(bindings: [
        Binding(keys: [.char("Q"), .ctrl("c")], action: .forceQuit, context: .global, hint: nil),
        Binding(keys: [.char("?"), .function(1)], action: .help, context: .global, hint: 6),
        Binding(keys: [.ctrl("l")], action: .redraw, context: .global, hint: nil),
        Binding(keys: [.ctrl("z")], action: .suspend, context: .global, hint: nil),

        Binding(keys: [.char("j"), .down], action: .moveDown, context: .dashboard, hint: 1),
        Binding(keys: [.char("k"), .up], action: .moveUp, context: .dashboard, hint: nil),
        Binding(keys: [.enter], action: .open, context: .dashboard, hint: 2),
        Binding(keys: [.tab], action: .focusNext, context: .dashboard, hint: 3),
        Binding(keys: [.backTab], action: .focusPrevious, context: .dashboard, hint: nil),
        Binding(keys: [.char("h"), .left], action: .focusLeft, context: .dashboard, hint: nil),
        Binding(keys: [.char("l"), .right], action: .focusRight, context: .dashboard, hint: nil),
        Binding(keys: [.char("1")], action: .focusPane(1), context: .dashboard, hint: nil),
        Binding(keys: [.char("2")], action: .focusPane(2), context: .dashboard, hint: nil),
        Binding(keys: [.char("3")], action: .focusPane(3), context: .dashboard, hint: nil),
        Binding(keys: [.char("4")], action: .focusPane(4), context: .dashboard, hint: nil),
        Binding(keys: [.char("g"), .home], action: .top, context: .dashboard, hint: nil),
        Binding(keys: [.char("G"), .end], action: .bottom, context: .dashboard, hint: nil),
        Binding(keys: [.pageDown], action: .pageDown, context: .dashboard, hint: nil),
        Binding(keys: [.pageUp], action: .pageUp, context: .dashboard, hint: nil),
        Binding(keys: [.ctrl("d")], action: .halfPageDown, context: .dashboard, hint: nil),
        Binding(keys: [.ctrl("u")], action: .halfPageUp, context: .dashboard, hint: nil),
        Binding(keys: [.char("z")], action: .zoom, context: .dashboard, hint: 5),
        Binding(keys: [.char("y")], action: .copy, context: .dashboard, hint: nil),
        Binding(keys: [.char("[")], action: .previousIssue, context: .dashboard, hint: nil),
        Binding(keys: [.char("]")], action: .nextIssue, context: .dashboard, hint: nil),
        Binding(keys: [.char("i")], action: .issueList, context: .dashboard, hint: nil),
        Binding(keys: [.char("m")], action: .metrics, context: .dashboard, hint: 4),
        Binding(keys: [.char("/")], action: .search, context: .dashboard, hint: 3),
        Binding(keys: [.char("n")], action: .searchNext, context: .dashboard, hint: nil),
        Binding(keys: [.char("N")], action: .searchPrevious, context: .dashboard, hint: nil),
        Binding(keys: [.escape], action: .clearSearch, context: .dashboard, hint: nil),
        Binding(keys: [.char("q")], action: .quit, context: .dashboard, hint: 7),

        Binding(keys: [.char("j"), .down], action: .moveDown, context: .reader, hint: 1),
        Binding(keys: [.char("k"), .up], action: .moveUp, context: .reader, hint: nil),
        Binding(keys: [.char("g"), .home], action: .top, context: .reader, hint: nil),
        Binding(keys: [.char("G"), .end], action: .bottom, context: .reader, hint: nil),
        Binding(keys: [.pageDown, .char(" ")], action: .pageDown, context: .reader, hint: 2),
        Binding(keys: [.pageUp], action: .pageUp, context: .reader, hint: nil),
        Binding(keys: [.ctrl("d")], action: .halfPageDown, context: .reader, hint: nil),
        Binding(keys: [.ctrl("u")], action: .halfPageUp, context: .reader, hint: nil),
        Binding(keys: [.char("J")], action: .nextArticle, context: .reader, hint: 3),
        Binding(keys: [.char("K")], action: .previousArticle, context: .reader, hint: 4),
        Binding(keys: [.escape, .char("q"), .char("h"), .left], action: .back, context: .reader, hint: 0),
        Binding(keys: [.char("/")], action: .search, context: .reader, hint: 5),
        Binding(keys: [.char("y")], action: .copy, context: .reader, hint: 6),
        Binding(keys: [.char("n")], action: .searchNext, context: .reader, hint: nil),
        Binding(keys: [.char("N")], action: .searchPrevious, context: .reader, hint: nil),

        Binding(keys: [.char("j"), .down], action: .moveDown, context: .metrics, hint: 1),
        Binding(keys: [.char("k"), .up], action: .moveUp, context: .metrics, hint: nil),
        Binding(keys: [.char("g"), .home], action: .top, context: .metrics, hint: nil),
        Binding(keys: [.char("G"), .end], action: .bottom, context: .metrics, hint: nil),
        Binding(keys: [.pageDown], action: .pageDown, context: .metrics, hint: nil),
        Binding(keys: [.pageUp], action: .pageUp, context: .metrics, hint: nil),
        Binding(keys: [.ctrl("d")], action: .halfPageDown, context: .metrics, hint: nil),
        Binding(keys: [.ctrl("u")], action: .halfPageUp, context: .metrics, hint: nil),
        Binding(keys: [.enter], action: .open, context: .metrics, hint: 2),
        Binding(keys: [.char("s")], action: .sortFigures, context: .metrics, hint: 3),
        Binding(keys: [.char("a")], action: .toggleScope, context: .metrics, hint: 4),
        Binding(keys: [.char("/"), .char("f")], action: .filter, context: .metrics, hint: 5),
        Binding(keys: [.char("y")], action: .copy, context: .metrics, hint: 6),
        Binding(keys: [.escape, .char("q"), .char("h"), .left], action: .back, context: .metrics, hint: 0),

        Binding(keys: [.enter], action: .accept, context: .prompt, hint: 1),
        Binding(keys: [.escape], action: .cancel, context: .prompt, hint: 0),
        Binding(keys: [.up], action: .historyPrevious, context: .prompt, hint: 2),
        Binding(keys: [.down], action: .historyNext, context: .prompt, hint: nil),
        Binding(keys: [.backspace, .ctrl("h")], action: .deleteBackward, context: .prompt, hint: nil),
        Binding(keys: [.delete], action: .deleteForward, context: .prompt, hint: nil),
        Binding(keys: [.left], action: .cursorLeft, context: .prompt, hint: nil),
        Binding(keys: [.right], action: .cursorRight, context: .prompt, hint: nil),
        Binding(keys: [.home, .ctrl("a")], action: .cursorHome, context: .prompt, hint: nil),
        Binding(keys: [.end, .ctrl("e")], action: .cursorEnd, context: .prompt, hint: nil),
        Binding(keys: [.ctrl("u")], action: .clearLine, context: .prompt, hint: nil),
    ])
}
