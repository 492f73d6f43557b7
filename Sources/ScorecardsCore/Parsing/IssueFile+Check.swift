import Glibc

extension IssueFile {
    /// What `bytes(atPath:)` would refuse before reading a byte: a missing or unreadable
    /// file, a directory, an empty file, one over the size limit. One `stat` and one `open`,
    /// so that files named on the command line can all be checked before the first frame.
    public static func check(path: String) throws(IssueLoadError) {
        var info = stat()
        if stat(path, &info) != 0 { throw .unreadable(reason: describe(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(reason: "is a directory") }
        if (info.st_mode & S_IFMT) == S_IFREG {
            if info.st_size > IssueParser.sizeLimit {
                throw .tooLarge(bytes: Int(info.st_size), limit: IssueParser.sizeLimit)
            }
            if info.st_size == 0 { throw .empty }
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { throw .unreadable(reason: describe(errno)) }
        close(fd)
    }
}
