import Foundation
import ScorecardsBundle
import ScorecardsCore

/// Paths and data the tests share.
public enum Fixtures {
    /// The package root, found from this file's place in the tree.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    public static let seedName = "changjiang-chengqu-duben-2018-01-dacheng-wuchang"
    public static var seedPath: String { root.appendingPathComponent("Resources/\(seedName).txt").path }
    public static var bundledJSONPath: String { root.appendingPathComponent("Resources/\(seedName).json").path }

    public static func seedBytes() throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: seedPath)))
    }

    public static func seedText() throws -> String {
        String(decoding: try seedBytes(), as: UTF8.self)
    }

    /// The seed issue, parsed from its text.
    public static func parsedSeed() throws -> IssueDocument {
        try IssueParser.parse(bytes: seedBytes()).issue
    }

    /// The bundled issue as the dashboard loads it.
    public static func bundled() throws -> IssueDocument {
        try IssueImport.issue(fromJSON: BundledIssue.exportJSON)
    }

    /// A scratch directory, removed by the caller.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scorecards-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
