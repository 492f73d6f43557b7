import Foundation

/// One stored issue as listed: its masthead, where it came from, and its size.
public struct LibraryEntry: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var title: String?
    public var publication: String?
    public var number: String?
    /// ISO 8601 (`2018-01-15`), as parsed.
    public var date: String?
    public var source: String?
    /// The file as given to `import`, made absolute.
    public var path: String
    /// SHA-256 of the file's bytes, 64 lower-case hex digits.
    public var hash: String
    public var byteCount: Int
    public var articleCount: Int
    public var metricCount: Int
    public var importedAt: Date

    public init(
        id: Int64, title: String?, publication: String?, number: String?, date: String?, source: String?,
        path: String, hash: String, byteCount: Int, articleCount: Int, metricCount: Int, importedAt: Date
    ) {
        self.id = id
        self.title = title
        self.publication = publication
        self.number = number
        self.date = date
        self.source = source
        self.path = path
        self.hash = hash
        self.byteCount = byteCount
        self.articleCount = articleCount
        self.metricCount = metricCount
        self.importedAt = importedAt
    }
}
