/// Which keys do what, where: the action table's default keys, with the config file's
/// changes. The single source for dispatch, help and the status-bar hints.
public struct KeyMap: Equatable, Sendable {
    public struct Binding: Equatable, Sendable {
        public var keys: [Key]
        public var action: Action
        public var context: KeyContext
        /// Status-bar rank, lower shown first; nil: never hinted.
        public var hint: Int?
    }

    /// In the action table's order.
    public private(set) var bindings: [Binding]

    public init(bindings: [Binding]) {
        self.bindings = bindings
    }

    /// Every action where the table puts it, with its default keys.
    public static let standard = KeyMap(bindings: ActionTable.all.flatMap { spec in
        spec.places.map { Binding(keys: $0.keys, action: spec.action, context: $0.context, hint: $0.hint) }
    })

    /// What `key` does in `context`: the context's own binding, else the global one.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        for ctx in [context, .global] {
            if let b = bindings.first(where: { $0.context == ctx && $0.keys.contains(key) }) { return b.action }
        }
        return nil
    }

    public func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.context == context }
    }

    /// The keys bound to `action` in `context` itself, as the user would type them.
    public func keys(for action: Action, in context: KeyContext) -> [Key] {
        bindings.first(where: { $0.context == context && $0.action == action })?.keys ?? []
    }

    /// The keys that do `action` in `context`: its own, and the global ones the context
    /// leaves free. In a prompt a printable key is text, so only the others count there.
    public func effectiveKeys(for action: Action, in context: KeyContext) -> [Key] {
        var keys = self.keys(for: action, in: context)
        if context != .global {
            keys += self.keys(for: action, in: .global).filter { self.action(for: $0, in: context) == action }
        }
        if context == .prompt { keys = keys.filter { $0.printable == nil } }
        return keys
    }

    public enum RemapError: Error, Equatable {
        case unknownContext(String)
        case unknownAction(String, context: String)
        case badKey(String, reason: String)
        /// The key would do two things in one place.
        case conflict(key: String, context: String, actions: [String])
        /// No key would leave a view, or quit from the dashboard.
        case noWayOut(context: String, message: String)
    }

    /// This key map with the keys of some actions replaced: `[context: [action: [keys]]]`,
    /// keys in `dump --keys` notation. Every key must end up doing one thing per context,
    /// and every view must keep a way out.
    public func remapped(_ changes: [String: [String: [String]]]) throws(RemapError) -> KeyMap {
        var bindings = self.bindings
        for (contextName, actions) in changes {
            guard let context = KeyContext(rawValue: contextName) else { throw .unknownContext(contextName) }
            for (actionName, keyTexts) in actions {
                guard let action = ActionTable.action(named: actionName), action.spec.contexts.contains(context) else {
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
                if let index = bindings.firstIndex(where: { $0.context == context && $0.action == action }) {
                    bindings[index].keys = keys
                } else {
                    bindings.append(Binding(keys: keys, action: action, context: context, hint: action.spec.place(in: context)?.hint))
                }
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
        let map = KeyMap(bindings: bindings)
        if let refusal = map.refusal() { throw refusal }
        return map
    }
}
