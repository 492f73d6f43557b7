import Glibc

/// Reads an issue file from disk with errors a user can act on, and without reading more
/// than `IssueParser.sizeLimit` bytes.
public enum IssueFile {
    public static func bytes(atPath path: String) throws(IssueLoadError) -> [UInt8] {
        var info = stat()
        if stat(path, &info) != 0 {
            throw .unreadable(reason: describe(errno))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw .unreadable(reason: "is a directory")
        }
        if (info.st_mode & S_IFMT) == S_IFREG, info.st_size > IssueParser.sizeLimit {
            throw .tooLarge(bytes: Int(info.st_size), limit: IssueParser.sizeLimit)
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw .unreadable(reason: describe(errno)) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: describe(errno))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            // Stop early: a FIFO or /dev/zero has no size to check beforehand.
            if bytes.count > IssueParser.sizeLimit {
                throw .tooLarge(bytes: max(bytes.count, Int(info.st_size)), limit: IssueParser.sizeLimit)
            }
        }
        return bytes
    }

    /// The issue files of a directory: every `*.txt` directly inside, not hidden, in byte
    /// order of their names (zero-padded numbers sort right, and no locale changes it).
    public static func textFiles(inDirectory directory: String) throws(IssueLoadError) -> [String] {
        guard let handle = opendir(directory) else { throw .unreadable(reason: describe(errno)) }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name.hasSuffix(".txt"), !name.hasPrefix(".") { names.append(name) }
        }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { base + $0 }
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The issue's date from the first few kilobytes of the file; nil when unreadable or absent.
    public static func peekDate(path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: IssuePeek.prefixLength)
        let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        return IssuePeek.date(prefix: Array(buffer[0..<n]))
    }

    public static func load(path: String) throws(IssueLoadError) -> ParsedIssue {
        try IssueParser.parse(bytes: bytes(atPath: path))
    }

    /// Why a file cannot be read, in the words every command uses (`no such file`).
    public static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "is a directory"
        case ENOTDIR: "a part of the path is not a directory"
        case ELOOP: "too many symbolic links"
        case ENAMETOOLONG: "the name is too long"
        case EIO: "input/output error"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
