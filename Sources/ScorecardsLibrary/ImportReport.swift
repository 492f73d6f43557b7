/// What an import stored and what it left out.
public struct ImportReport: Equatable, Sendable {
    /// A file whose bytes are already in the library (or earlier in the same import).
    public struct Skipped: Equatable, Sendable {
        public var path: String
        public var hash: String
        /// The stored issue with the same bytes.
        public var existingID: Int64?
    }

    /// A parser warning about a file that was imported all the same.
    public struct Warning: Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var line: Int?
        public var message: String
        public var description: String { line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)" }
    }

    public var added: [LibraryEntry] = []
    /// Files found in a directory that are not issues, left out (unless the import is
    /// strict, when any of them fails the whole import), each with the reason.
    public var rejected: [ImportFailure] = []
    public var skipped: [Skipped] = []
    public var warnings: [Warning] = []
    /// Every file the call looked at (directories expanded), and their bytes.
    public var files = 0
    public var bytes = 0
}
