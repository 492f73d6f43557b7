import ScorecardsCore

extension IssueLibrary {
    /// The stored issues with these ids, each with its id, newest issue date first; an id
    /// not stored is left out. Loading a library a batch at a time lets the caller report
    /// progress.
    public func load(ids: [Int64]) throws(LibraryError) -> [(id: Int64, document: IssueDocument)] {
        guard !ids.isEmpty else { return [] }
        return try reading { db in try IssueReader(db: db, path: path).documents(ids: ids) }
    }
}
