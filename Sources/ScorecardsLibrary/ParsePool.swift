import Dispatch
import Foundation
import ScorecardsCore

/// Reads, hashes and parses a batch of files on all cores, in the background, so that the
/// next batch is parsed while the current one is written; the passages' stored search text
/// is made here too. Parsing is the costliest step of an import, and files are independent
/// of each other.
final class ParsePool: @unchecked Sendable {
    enum Outcome: Sendable {
        /// Already stored under this hash; not parsed.
        case known(hash: String, bytes: Int, existingID: Int64)
        /// With the stored search text of every passage, in `IssueWriter`'s order.
        case parsed(hash: String, bytes: Int, issue: ParsedIssue, search: [StoredSearchText])
        case failed(bytes: Int, problem: IssueLoadError)
    }

    private var slots: [Outcome?]
    private let lock = NSLock()
    private let group = DispatchGroup()

    /// Starts parsing `paths` at once; `known` maps stored hashes to issue ids.
    init(_ paths: [String], known: [String: Int64]) {
        slots = Array(repeating: nil, count: paths.count)
        group.enter()
        DispatchQueue.global().async { [self] in
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                let outcome = Self.outcome(paths[index], known: known)
                lock.lock()
                slots[index] = outcome
                lock.unlock()
            }
            group.leave()
        }
    }

    /// The outcomes in the order of the paths, once all are parsed.
    func wait() -> [Outcome] {
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failed(bytes: 0, problem: .unreadable(reason: "not read")) }
    }

    private static func outcome(_ path: String, known: [String: Int64]) -> Outcome {
        let bytes: [UInt8]
        do {
            bytes = try IssueFile.bytes(atPath: path)
        } catch {
            return .failed(bytes: 0, problem: error)
        }
        let hash = SHA256.hex(bytes)
        if let existing = known[hash] { return .known(hash: hash, bytes: bytes.count, existingID: existing) }
        do {
            let parsed = try IssueParser.parse(bytes: bytes)
            return .parsed(hash: hash, bytes: bytes.count, issue: parsed, search: IssueWriter.searchText(of: parsed.issue))
        } catch {
            return .failed(bytes: bytes.count, problem: error)
        }
    }
}
