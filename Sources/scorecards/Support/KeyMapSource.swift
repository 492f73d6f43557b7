import ScorecardsApp

enum KeyMapSource {
    /// The key map with the config file's changes; a refusal was already reported by
    /// `Configuration.parse`, so this only repeats it defensively.
    static func keyMap(_ configuration: Configuration) throws -> KeyMap {
        do {
            return try configuration.keyMap()
        } catch {
            throw Failure.exit("config: \(error.description)", status: 78)
        }
    }
}
