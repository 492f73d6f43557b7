import Foundation
import Testing

/// Whole-output snapshots kept as text files under `Tests/Snapshots`. Set
/// `SNAPSHOT_RECORD=1` to write them anew (then review the diff before committing).
public enum Snapshot {
    public static var directory: URL { Fixtures.root.appendingPathComponent("Tests/Snapshots") }

    public static var recording: Bool { ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" }

    public static func expect(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let text = actual.hasSuffix("\n") ? actual : actual + "\n"
        if recording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing snapshot \(name).txt; run with SNAPSHOT_RECORD=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            Issue.record("snapshot \(name) differs:\n\(diff(expected, text))", sourceLocation: sourceLocation)
        }
    }

    /// A unified diff of the two texts by line: the lines are aligned by content (a longest
    /// common subsequence), so a line inserted or removed shows as that one line and not as
    /// every line after it differing. Changes come in hunks with two lines of context, each
    /// headed with its line numbers in both texts; at most `limit` hunks.
    public static func diff(_ expected: String, _ actual: String, limit: Int = 8) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        let edits = alignment(a, b)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        // Which edits to print: every change, with up to two same lines either side.
        let context = 2
        var shown = [Bool](repeating: false, count: edits.count)
        for (i, edit) in edits.enumerated() where edit.kind != .same {
            for j in max(0, i - context)...min(edits.count - 1, i + context) { shown[j] = true }
        }
        var out: [String] = []
        var hunks = 0
        var i = 0
        while i < edits.count {
            guard shown[i] else { i += 1; continue }
            var end = i
            while end < edits.count, shown[end] { end += 1 }
            hunks += 1
            if hunks > limit {
                out.append("… more changes left out")
                break
            }
            let slice = edits[i..<end]
            let fromA = slice.first { $0.kind != .inserted }?.a ?? (slice.first?.a ?? 0)
            let fromB = slice.first { $0.kind != .removed }?.b ?? (slice.first?.b ?? 0)
            let countA = slice.filter { $0.kind != .inserted }.count, countB = slice.filter { $0.kind != .removed }.count
            out.append("@@ expected line \(fromA + 1) (\(countA)), actual line \(fromB + 1) (\(countB)) @@")
            for edit in slice {
                switch edit.kind {
                case .same: out.append("  " + a[edit.a])
                case .removed: out.append("- " + a[edit.a])
                case .inserted: out.append("+ " + b[edit.b])
                }
            }
            i = end
        }
        return out.joined(separator: "\n")
    }

    struct Edit: Equatable {
        enum Kind { case same, removed, inserted }
        var kind: Kind
        /// Line index in the expected text (for .inserted: where it would go).
        var a: Int
        /// Line index in the actual text (for .removed: where it would go).
        var b: Int
    }

    /// The lines of `a` and `b` walked in step along a longest common subsequence, removals
    /// before insertions where a line was replaced.
    static func alignment(_ a: [String], _ b: [String]) -> [Edit] {
        // Common lines at either end are aligned directly, so the table covers only the middle.
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        let n = endA - start, m = endB - start
        // lcs[i][j]: the longest common subsequence of a[start+i..<endA] and b[start+j..<endB].
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i][j] = a[start + i] == b[start + j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
        }
        var edits = (0..<start).map { Edit(kind: .same, a: $0, b: $0) }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[start + i] == b[start + j] {
                edits.append(Edit(kind: .same, a: start + i, b: start + j))
                i += 1; j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                edits.append(Edit(kind: .removed, a: start + i, b: start + j))
                i += 1
            } else {
                edits.append(Edit(kind: .inserted, a: start + i, b: start + j))
                j += 1
            }
        }
        edits += (0..<(a.count - endA)).map { Edit(kind: .same, a: endA + $0, b: endB + $0) }
        return edits
    }
}
