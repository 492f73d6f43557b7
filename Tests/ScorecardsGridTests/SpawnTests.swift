import Glibc
import ScorecardsTestSupport
import Testing

/// Programs the tests start (tmux above all, whose server outlives the test) inherit no
/// descriptor but the three standard ones.
@Suite struct SpawnTests {
    @Test func theChildInheritsOnlyTheStandardDescriptors() throws {
        let inherited = open("/dev/null", O_RDONLY)  // without O_CLOEXEC
        #expect(inherited > 2)
        let high = dup2(inherited, 200)
        defer { close(inherited); close(high) }
        let listed = try Spawn.run(["sh", "-c", "ls /proc/$$/fd"]).output
        let descriptors = listed.split(separator: "\n").compactMap { Int($0) }
        // sh's own: standard input, output and error, and at most one it opened itself.
        #expect(!descriptors.contains(200), "\(descriptors)")
        #expect(descriptors.filter { $0 > 2 }.count <= 1, "\(descriptors)")
    }
}
