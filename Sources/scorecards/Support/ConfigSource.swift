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
            let valid = Self.validPrefix(bytes)
            let line = bytes[..<valid].count(where: { $0 == UInt8(ascii: "\n") }) + 1
            throw Failure.exit("config '\(Stderr.safe(path))' line \(line): not UTF-8 text (byte 0x\(String(bytes[valid], radix: 16, uppercase: true)) at offset \(valid))", status: 78)
        }
        do {
            return try Configuration.parse(text)
        } catch {
            // The message quotes the file, escaped already; made safe once more all the same.
            throw Failure.exit("config '\(Stderr.safe(path))' \(Stderr.safe(error.description))", status: 78)
        }
    }

    /// How many leading bytes are valid UTF-8: the offset of the first bad byte.
    static func validPrefix(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xF0 && lead < 0xF5 ? 4 : 0
            guard length > 0, i + length <= bytes.count, String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil else {
                return i
            }
            i += length
        }
        return i
    }
}
