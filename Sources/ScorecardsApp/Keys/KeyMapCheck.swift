/// What `config --check` says about a key map beyond plain errors: a refusal when some view
/// could no longer be left (or the program quit), and warnings for keys that are taken twice
/// or that a terminal cannot tell apart.
extension KeyMap {
    /// Keys that are one key on some terminals (Ctrl-H and Backspace where Backspace sends
    /// ^H). Chords that are always the same byte as a named key (<C-m> and Enter, <C-i> and
    /// Tab) are read as that key when the file is read, and `Configuration.keyWarnings` says so.
    public static var indistinguishable: [(Key, Key)] { ControlKeys.possiblyTheSame }

    /// The actions that take the user out of each view, quitting included.
    static func exits(from context: KeyContext) -> [Action] {
        switch context {
        case .dashboard: [.quit, .forceQuit]
        case .reader, .metrics, .issues: [.back, .forceQuit]
        case .prompt: [.cancel, .accept]
        // Any key help does not use closes it; global keys are checked in every view.
        case .help, .global: []
        }
    }

    /// Why this key map cannot be used, if it cannot: a view with no key to leave it.
    func refusal() -> RemapError? {
        for context in KeyContext.allCases where !Self.exits(from: context).isEmpty {
            let ways = Self.exits(from: context).flatMap { effectiveKeys(for: $0, in: context) }
            guard ways.isEmpty else { continue }
            let message = context == .dashboard
                ? "no key would quit: bind 'quit' in [keys.dashboard] or 'force-quit' in [keys.global]"
                : "no key would leave [keys.\(context.rawValue)]: bind " + Self.exits(from: context).map { action in
                    action.spec.contexts.contains(context) ? "'\(action.name)' there" : "'\(action.name)' in [keys.global]"
                }.joined(separator: " or ")
            return .noWayOut(context: context.rawValue, message: message)
        }
        return nil
    }

    /// A key that will not do what the configuration says.
    public struct Warning: Equatable, Sendable, CustomStringConvertible {
        public var context: KeyContext
        /// The binding the warning is about, to point at its line.
        public var action: Action
        /// The other binding of a key taken twice, which may be the one the user wrote.
        public var otherContext: KeyContext?
        public var otherAction: Action?
        public var message: String
        public var description: String { message }

        init(context: KeyContext, action: Action, other: (KeyContext, Action)? = nil, message: String) {
            self.context = context
            self.action = action
            self.otherContext = other?.0
            self.otherAction = other?.1
            self.message = message
        }
    }

    /// Keys taken twice, or that a terminal cannot tell apart. Key clashes already in `base`
    /// are by design (Ctrl-C cancels a prompt rather than quitting) and are not repeated.
    public func warnings(comparedTo base: KeyMap = .standard) -> [Warning] {
        var out: [Warning] = []
        for binding in bindings {
            var seen: Set<Key> = []
            for key in binding.keys where !seen.insert(key).inserted {
                out.append(Warning(context: binding.context, action: binding.action,
                                   message: "key \(key.notation) is listed twice for '\(binding.action.name)' in [keys.\(binding.context.rawValue)]"))
            }
        }
        // A view's own key hides the global key it shares.
        for binding in bindings where binding.context != .global {
            for key in Set(binding.keys) {
                guard let global = bindings.first(where: { $0.context == .global && $0.keys.contains(key) }),
                      global.action != binding.action,
                      !(binding.context == .prompt && key.printable != nil) else { continue }
                if base.action(for: key, in: binding.context) == binding.action,
                   base.action(for: key, in: .global) == global.action { continue }
                out.append(Warning(context: binding.context, action: binding.action, other: (.global, global.action), message:
                    "key \(key.notation) is taken twice: '\(binding.action.name)' in [keys.\(binding.context.rawValue)] "
                    + "hides '\(global.action.name)' of [keys.global] there"))
            }
        }
        for context in KeyContext.allCases {
            for (key, twin) in Self.indistinguishable {
                // Reported where the key is bound, once.
                guard let action = bindings.first(where: { $0.context == context && $0.keys.contains(key) })?.action else { continue }
                let other = self.action(for: twin, in: context)
                guard other != action else { continue }
                let does = other.map { "'\($0.name)'" } ?? "nothing"
                out.append(Warning(context: context, action: action, other: other.map { (context, $0) }, message:
                    "\(key.notation) and \(twin.notation) cannot be told apart by some terminals: in [keys.\(context.rawValue)] "
                    + "\(key.notation) is bound to '\(action.name)' but may arrive as \(twin.notation), which does \(does)"))
            }
        }
        return out
    }
}
