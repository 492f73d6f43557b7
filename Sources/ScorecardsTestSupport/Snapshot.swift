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

    /// The first differing lines, enough to see what changed.
    static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(a.count, b.count) where out.count < 12 {
            let x = i < a.count ? a[i] : "<none>", y = i < b.count ? b[i] : "<none>"
            if x != y { out.append("line \(i + 1):\n  expected: \(x)\n  actual:   \(y)") }
        }
        return out.joined(separator: "\n")
    }
}
