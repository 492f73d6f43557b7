import GRDB

extension LibraryError {
    /// Any error from SQLite or the file system as a one-line `LibraryError`.
    static func wrap(_ error: any Error, path: String) -> LibraryError {
        if let error = error as? LibraryError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { return .notADatabase(path: path) }
            if error.resultCode == .SQLITE_CORRUPT { return .corrupt(path: path, detail: error.message ?? "SQLITE_CORRUPT") }
            let message = error.message ?? "SQLite error \(error.resultCode.rawValue)"
            return .database(path: path, message: message)
        }
        return .database(path: path, message: String(describing: error))
    }
}
