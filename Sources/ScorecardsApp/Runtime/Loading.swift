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
