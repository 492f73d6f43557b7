import Glibc
import ScorecardsApp
import ScorecardsCore

/// The reading memory on disk: `$XDG_STATE_HOME/scorecards/state.json`
/// (`~/.local/state/scorecards/state.json`), replaced atomically so a crash mid-write
/// never leaves half a file.
enum StateStore {
    static var path: String {
        let base = Environment.get("XDG_STATE_HOME").flatMap { $0.isEmpty ? nil : $0 }
            ?? (Environment.get("HOME") ?? "") + "/.local/state"
        return base + "/scorecards/state.json"
    }

    /// The stored memory; nothing stored is an empty memory; an unreadable file is a
    /// one-line warning, and the file is kept aside rather than overwritten.
    static func load() -> Result<ReadingMemory, StateProblem> {
        guard access(path, F_OK) == 0 else { return .success(ReadingMemory()) }
        do {
            let bytes = try IssueFile.bytes(atPath: path)
            return .success(try ReadingMemory.parse(String(decoding: bytes, as: UTF8.self)))
        } catch let error as ReadingMemory.Failure {
            keepAside()
            return .failure(StateProblem(description: "saved reading state ignored (\(error.description)); kept as \(path).broken"))
        } catch let error as IssueLoadError {
            keepAside()
            return .failure(StateProblem(description: "saved reading state ignored (\(error.summary)); kept as \(path).broken"))
        } catch {
            return .failure(StateProblem(description: "saved reading state ignored"))
        }
    }

    private static func keepAside() {
        _ = rename(path, path + ".broken")
    }

    /// Writes through a temporary file in the same directory and renames it over the old one.
    static func save(_ memory: ReadingMemory) -> String? {
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        guard makeDirectories(directory) else { return "cannot create \(directory) to save the reading state" }
        let temporary = path + ".tmp.\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return "cannot save the reading state in \(directory): \(String(cString: strerror(errno)))" }
        var bytes = Array(memory.json.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { close(fd); unlink(temporary); return "cannot save the reading state: write failed" }
            offset += n
        }
        fsync(fd)
        close(fd)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return "cannot save the reading state: \(String(cString: strerror(errno)))"
        }
        return nil
    }

    private static func makeDirectories(_ directory: String) -> Bool {
        var current = ""
        for part in directory.split(separator: "/", omittingEmptySubsequences: false) {
            current += (current.isEmpty && part.isEmpty) ? "/" : (current.hasSuffix("/") ? "" : "/") + part
            if current == "/" || current.isEmpty { continue }
            if mkdir(current, 0o700) != 0, errno != EEXIST { return false }
        }
        return true
    }
}

struct StateProblem: Error {
    var description: String
}
