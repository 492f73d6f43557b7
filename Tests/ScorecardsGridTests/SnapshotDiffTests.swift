import ScorecardsTestSupport
import Testing

/// A snapshot's diff shows what changed, aligned by content.
@Suite struct SnapshotDiffTests {
    let screen = (1...20).map { "line \($0) of the screen" }

    @Test func anInsertedLineIsOneLineOfTheDiff() {
        var changed = screen
        changed.insert("a new line", at: 3)
        let diff = Snapshot.diff(screen.joined(separator: "\n"), changed.joined(separator: "\n"))
        let marked = diff.split(separator: "\n").filter { $0.hasPrefix("+ ") || $0.hasPrefix("- ") }
        #expect(marked == ["+ a new line"], "\(diff)")
        #expect(diff.contains("@@ expected line 2 (4), actual line 2 (5) @@"), "\(diff)")
        #expect(diff.contains("  line 3 of the screen") && diff.contains("  line 5 of the screen"))
    }

    @Test func removedAndReplacedLines() {
        var changed = screen
        changed.remove(at: 0)
        changed[9] = "line 11, changed"
        let diff = Snapshot.diff(screen.joined(separator: "\n"), changed.joined(separator: "\n"))
        let marked = diff.split(separator: "\n").filter { $0.hasPrefix("+ ") || $0.hasPrefix("- ") }
        #expect(marked == ["- line 1 of the screen", "- line 11 of the screen", "+ line 11, changed"], "\(diff)")
        #expect(diff.components(separatedBy: "@@ expected").count == 3)  // two hunks
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(Snapshot.diff("a\nb", "a\nb").isEmpty)
        #expect(!Snapshot.diff("", "a").isEmpty)
    }
}
