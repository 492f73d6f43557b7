/// What `config --check` warns about in the [keys] tables, beside the errors `keyMap()` throws.
extension Configuration {
    /// Keys taken twice or that a terminal cannot tell apart, each with the line of the
    /// binding the file wrote (0 when the file did not write it).
    public func keyWarnings() -> [Failure] {
        guard let map = try? keyMap() else { return [] }
        return map.warnings().map { warning in
            let own = keyLines[warning.context.rawValue + "." + warning.action.name]
            let other = warning.otherContext.flatMap { context in
                warning.otherAction.flatMap { keyLines[context.rawValue + "." + $0.name] }
            }
            return Failure(line: own ?? other ?? 0, message: warning.message)
        }
    }

    /// The last line of the file's bindings in these [keys] tables.
    func keyLine(in contexts: [String]) -> Int {
        keyLines.filter { entry in contexts.contains { entry.key.hasPrefix($0 + ".") } }.map(\.value).max() ?? 0
    }
}
