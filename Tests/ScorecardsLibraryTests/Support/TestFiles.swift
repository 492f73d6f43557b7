import Foundation
import ScorecardsCore
import ScorecardsCorpus

/// A fresh directory under the system's temporary directory, removed when released.
final class TempDirectory: Sendable {
    let path: String

    init() throws {
        path = (NSTemporaryDirectory() as NSString)
            .appendingPathComponent("scorecards-library-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let target = file(name)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }

    @discardableResult
    func writeSeed(_ name: String = "seed.txt") throws -> String {
        try write(name, CorpusGenerator.seedText)
    }
}

enum Fixtures {
    /// Generated once per test process: the corpus is deterministic, so tests can share it.
    static let corpus20 = CorpusGenerator.issueTexts(count: 20, seed: 2018)

    static func writeCorpus(_ texts: [String], in directory: TempDirectory, folder: String) throws -> String {
        for (index, text) in texts.enumerated() {
            try directory.write("\(folder)/\(CorpusGenerator.fileName(index: index + 1))", text)
        }
        return directory.file(folder)
    }

    static func bytes(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    /// The passages of an issue (headline lines joined by LF, then paragraphs) that contain
    /// `term`, ASCII letters folded, as (article id, field) with field −1 for the headline.
    static func passages(of issue: IssueDocument, containing term: String) -> Set<String> {
        var found: Set<String> = []
        let needle = term.lowercased()
        for article in issue.allArticles {
            if article.headline.joined(separator: "\n").lowercased().contains(needle) { found.insert("\(article.id)#h") }
            for (index, paragraph) in article.paragraphs.enumerated() where paragraph.lowercased().contains(needle) {
                found.insert("\(article.id)#\(index)")
            }
        }
        return found
    }
}
