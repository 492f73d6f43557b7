/// How far the loading of the open issues has got: `done` of `total` read.
public struct LoadProgress: Equatable, Sendable {
    public var done: Int
    public var total: Int

    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }
}

/// Loading stopped on an error that ends the program (a file named on the command line
/// that is not an issue, a library that cannot be read): the lines to print on standard
/// error once the terminal is restored, and the exit status.
public struct LoadFailure: Error, Equatable, Sendable {
    public var lines: [String]
    public var status: Int32

    public init(lines: [String], status: Int32) {
        self.lines = lines
        self.status = status
    }
}

/// A file found in a directory that was skipped because it is not an issue: named in the
/// status bar, and on standard error with the reason.
public struct SkippedFile: Equatable, Sendable {
    public var path: String
    /// Why it is not an issue, in one line (`no scorecard heading … found`).
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// As the status bar names it: the last path component.
    public var name: String { path.split(separator: "/").last.map(String.init) ?? path }
}
