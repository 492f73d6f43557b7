@testable import ScorecardsLibrary
import Testing

@Suite struct RowGroupsTests {
    @Test func groupsAreExactlySizedAndKeepEveryRow() {
        var groups = RowGroups<Int, Int>()
        for value in 0..<9 { groups.append(value, to: 1) }
        for value in 0..<3 { groups.append(value, to: 2) }
        groups.append(99, to: 1)  // out of order
        let result = groups.finish()
        #expect(result[1] == Array(0..<9) + [99])
        #expect(result[2] == [0, 1, 2])
        // Nine appended one by one leave room for more; the group has room for what it holds.
        var grown: [Int] = []
        for value in 0..<9 { grown.append(value) }
        #expect(grown.capacity > 9, "\(grown.capacity)")
        #expect((result[2]?.capacity ?? 99) <= 4, "\(result[2]?.capacity ?? -1)")

    }
}
