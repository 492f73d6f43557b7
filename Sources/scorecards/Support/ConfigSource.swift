import Glibc
import ScorecardsApp
import ScorecardsCore

/// Where the config file lives and how it is read.
enum ConfigSource {
    /// `$XDG_CONFIG_HOME/scorecards/config.toml`, or `~/.config/scorecards/config.toml`.
    static var defaultPath: String {
        let base = Environment.get("XDG_CONFIG_HOME").flatMap { $0.isEmpty ? nil : $0 }
            ?? (Environment.get("HOME") ?? "") + "/.config"
        return base + "/scorecards/config.toml"
    }

    static func load(explicit: String?) throws -> Configuration {
        let path = explicit ?? defaultPath
        if explicit == nil, access(path, F_OK) != 0 { return Configuration() }
        let bytes: [UInt8]
        do {
            bytes = try IssueFile.bytes(atPath: path)
        } catch {
            throw Failure.exit("cannot read config '\(Stderr.safe(path))': \(error.summary)", status: 78)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure.exit("config '\(Stderr.safe(path))' is not UTF-8 text", status: 78)
        }
        do {
            return try Configuration.parse(text)
        } catch {
            throw Failure.exit("config '\(Stderr.safe(path))' \(error.description)", status: 78)
        }
    }
}
