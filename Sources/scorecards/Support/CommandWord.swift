import Glibc

/// `scorecards WORD` opens WORD as a file, so a mistyped command would read as a missing
/// file ("cannot read 'serch'"). The rule: a word that is an existing path is a file; a
/// word that is neither a path nor a command is an unknown command, named as one, with the
/// nearest command suggested. A word that looks like a file name (a `/` or a `.` in it)
/// and does not exist stays a missing file.
enum CommandWord {
    /// Exits with a usage error (64) when `word`, the first word after `scorecards`, is an
    /// unknown command. One `access` call when the word names a file: the dashboard's path.
    static func refuseUnknown(_ word: String) {
        guard access(word, F_OK) != 0, !word.isEmpty, !word.contains("/"), !word.contains("."), !word.hasPrefix("-") else { return }
        let commands = Scorecards.commandNames.filter { $0 != "dashboard" }
        let hint = nearest(word, in: commands).map { "did you mean '\($0)'?" }
            ?? "the commands are \(commands.joined(separator: ", "))"
        Stderr.line("scorecards: unknown command '\(Stderr.safe(word))', and no file of that name; \(hint) (see: scorecards --help)")
        exit(64)
    }

    /// The command closest to `word` by edit distance (a swap of two neighbours counting as
    /// one edit), when it is close enough to be what was meant, or one it begins.
    static func nearest(_ word: String, in commands: [String]) -> String? {
        let typed = Array(word.lowercased())
        if typed.count >= 2, let prefixed = commands.first(where: { $0.hasPrefix(String(typed)) }) { return prefixed }
        let scored = commands.map { ($0, distance(typed, Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(1, min(typed.count, best.0.count) / 3) ? best.0 : nil
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// A parser message on one inert line: line breaks joined, controls made visible, and
    /// the first letter in lower case to read on after `scorecards: `.
    static func oneLine(_ message: String) -> String {
        let parts = message.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
        var text = Stderr.safe(parts.joined(separator: "; "))
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        if let first = text.first, let second = text.dropFirst().first, first.isUppercase, second.isLowercase {
            text = first.lowercased() + text.dropFirst()
        }
        return text
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        String(drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
