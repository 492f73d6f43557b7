/// What `config --check` warns about in the [keys] tables, beside the errors `keyMap()` throws.
extension Configuration {
    /// Keys taken twice or that a terminal cannot tell apart, each with the line of the
    /// binding the file wrote (0 when the file did not write it).
    public func keyWarnings() -> [Failure] {
        guard let map = try? keyMap() else { return [] }
        return aliasWarnings() + map.warnings().map { warning in
            let own = keyLines[warning.context.rawValue + "." + warning.action.name]
            let other = warning.otherContext.flatMap { context in
                warning.otherAction.flatMap { keyLines[context.rawValue + "." + $0.name] }
            }
            return Failure(line: own ?? other ?? 0, message: warning.message)
        }
    }

    /// Chords written as Ctrl plus a letter that a terminal sends as the byte of a named key
    /// (`<C-m>` is Enter, `<C-i>` is Tab): they are bound as that key, and the file should say so.
    func aliasWarnings() -> [Failure] {
        var out: [Failure] = []
        for (context, actions) in keys.sorted(by: { $0.key < $1.key }) {
            for (action, texts) in actions.sorted(by: { $0.key < $1.key }) {
                for text in texts {
                    guard let key = Self.namedKey(writtenAs: text) else { continue }
                    out.append(Failure(line: keyLines[context + "." + action] ?? 0, message:
                        "\(text) is \(key.notation) to a terminal (the same byte): '\(action)' in [keys.\(context)] is bound to \(key.notation)"))
                }
            }
        }
        return out
    }

    /// The named key a `<C-x>` chord is, when the terminal sends that key's byte for it.
    static func namedKey(writtenAs text: String) -> Key? {
        guard text.count == 5, text.lowercased().hasPrefix("<c-"), text.hasSuffix(">"),
              let key = ControlKeys.key(ctrl: text[text.index(text.startIndex, offsetBy: 3)]) else { return nil }
        if case .ctrl = key { return nil }
        return key
    }

    /// The last line of the file's bindings in these [keys] tables.
    func keyLine(in contexts: [String]) -> Int {
        keyLines.filter { entry in contexts.contains { entry.key.hasPrefix($0 + ".") } }.map(\.value).max() ?? 0
    }
}
