/// How far an import has got, for a progress bar: files handled of all files, and bytes read.
public struct ImportProgress: Equatable, Sendable {
    public var done: Int
    public var total: Int
    public var bytes: Int

    public init(done: Int, total: Int, bytes: Int) {
        self.done = done
        self.total = total
        self.bytes = bytes
    }
}
