import Foundation

/// Files under Fixtures/, found next to this source file (they are not bundle
/// resources, so tests read them the same way on every platform).
enum Fixtures {
    static let seedName = "changjiang-chengqu-duben-2018-01-dacheng-wuchang.txt"

    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
            .appendingPathComponent(name)
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    /// The bundled issue: the seed text of the dashboard, from the package's Resources.
    static func seed() throws -> String {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources").appendingPathComponent(seedName)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The seed's non-empty paragraphs, trimmed of their indentation.
    static func seedParagraphs() throws -> [String] {
        try seed().split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
