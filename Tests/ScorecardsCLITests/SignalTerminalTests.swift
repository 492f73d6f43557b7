import Foundation
import Glibc
import ScorecardsTestSupport
import Testing

/// Signals and a closed terminal end the session like `q`: the reading place is saved, the
/// terminal restored, and the process ends by the signal. In a real terminal (tmux); every
/// signal goes to the program's own PID.
@Suite(.serialized) struct SignalTerminalTests {
    let binary = CommandRunner.binary
    /// Third pane, two down, the article opened and scrolled half a page.
    let keys = "3jj<CR><C-d>"

    func dump(_ size: String, _ keys: String) throws -> [String] {
        let out = try CommandRunner.run(["dump", "--size", size, "--keys", keys, "--ambiwidth", "1"])
        var lines = out.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    func restored(_ screen: [String]) -> Bool {
        screen.contains { $0.contains("icanon") && $0.contains("echo") && !$0.contains("-icanon") && !$0.contains("-echo") }
    }

    /// Opens the dashboard with its state in `directory`, and reads to the place `keys` reach.
    func session(stateIn directory: URL) throws -> (Tmux, pid: Int32) {
        let tmux = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1",
                            environment: ["XDG_STATE_HOME": directory.path])
        let first = try dump("80x24", ""), reading = try dump("80x24", keys)
        _ = try tmux.waitFor { $0 == first }
        try tmux.send("3", "j", "j", "Enter", "C-d")
        #expect(try tmux.waitFor { $0 == reading } == reading)
        return (tmux, try tmux.programPID())
    }

    /// The saved state holds the place: third pane focused, its third headline selected, and
    /// the article's position past its top.
    func expectPlaceSaved(in directory: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent("scorecards/state.json")
        let deadline = Date().addingTimeInterval(15)
        while !FileManager.default.fileExists(atPath: file.path), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let data = try #require(FileManager.default.contents(atPath: file.path), "no saved state", sourceLocation: sourceLocation)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], sourceLocation: sourceLocation)
        let issues = try #require(root["issues"] as? [String: [String: Any]], sourceLocation: sourceLocation)
        let place = try #require(issues["长江日报城区读本|2018年第1期|2018-01-15"], sourceLocation: sourceLocation)
        #expect(place["focus"] as? Int == 2, sourceLocation: sourceLocation)
        #expect(place["selections"] as? [Int] == [0, 0, 2, 0], sourceLocation: sourceLocation)
        let positions = try #require(place["positions"] as? [String: [Int]], sourceLocation: sourceLocation)
        #expect(positions.count == 1, sourceLocation: sourceLocation)
        #expect(positions.values.first.map { $0 != [0, 0] } == true, "\(positions)", sourceLocation: sourceLocation)
        let left = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(left == ["state.json"], sourceLocation: sourceLocation)
    }

    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)])
    func aSignalSavesThePlaceThenEndsByIt(_ signal: Int32, _ status: Int) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (tmux, pid) = try session(stateIn: directory)
        #expect(kill(pid, signal) == 0)
        let screen = try tmux.waitFor { $0.contains { $0.hasPrefix("EXIT=") } && restored($0) }
        #expect(screen.contains("EXIT=\(status)"), "\(screen.joined(separator: "\n"))")
        #expect(restored(screen))
        try expectPlaceSaved(in: directory)
    }

    /// With SIGHUP ignored (as under nohup) the program hears of a closed terminal from the
    /// terminal alone; it saves the place and ends as SIGHUP would have ended it.
    @Test func aClosedTerminalAloneEndsTheProgramAsSIGHUPWould() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let status = directory.appendingPathComponent("status").path
        let tmux = try Tmux(width: 80, height: 24,
                            command: "sh -c 'trap \"\" HUP; \(binary) --ambiwidth 1; echo $? > \(status)'",
                            environment: ["XDG_STATE_HOME": directory.path])
        let first = try dump("80x24", ""), reading = try dump("80x24", keys)
        _ = try tmux.waitFor { $0 == first }
        try tmux.send("3", "j", "j", "Enter", "C-d")
        #expect(try tmux.waitFor { $0 == reading } == reading)
        try tmux.tmux(["kill-pane", "-t", tmux.session], output: false)
        try expectPlaceSaved(in: directory)
        let deadline = Date().addingTimeInterval(15)
        while (try? String(contentsOfFile: status, encoding: .utf8)) == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect((try? String(contentsOfFile: status, encoding: .utf8)) == "129\n")
    }

    /// A loop that does not come back to hear the signal (stuck) is ended by the next one
    /// two seconds on, with the terminal restored.
    @Test func aStuckLoopEndsAtTheNextSignal() throws {
        let tmux = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1 --no-restore",
                            environment: ["SCORECARDS_TEST_TRAP": "1"])
        let first = try dump("80x24", "")
        _ = try tmux.waitFor { $0 == first }
        let pid = try tmux.programPID()
        try tmux.send("F11")  // the loop now sleeps for a minute
        Thread.sleep(forTimeInterval: 0.3)
        #expect(kill(pid, SIGTERM) == 0)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!Tmux.hasEnded(pid))  // noted for the loop, which is not listening
        Thread.sleep(forTimeInterval: 1.8)
        #expect(kill(pid, SIGTERM) == 0)
        let screen = try tmux.waitFor(timeout: 10) { $0.contains { $0.hasPrefix("EXIT=") } && restored($0) }
        #expect(screen.contains("EXIT=143"))
        #expect(restored(screen))
    }

    /// The pane closed under the program (its window closed, ssh dropped): the terminal is
    /// gone, the place is saved all the same, and the program ends.
    @Test(arguments: ["kill-pane", "kill-window"])
    func closingTheTerminalSavesThePlace(_ command: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (tmux, pid) = try session(stateIn: directory)
        try tmux.tmux([command, "-t", tmux.session], output: false)
        try expectPlaceSaved(in: directory)
        let deadline = Date().addingTimeInterval(15)
        while !Tmux.hasEnded(pid), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(Tmux.hasEnded(pid))
    }
}

/// A parent that leaves signals blocked (a supervisor, a test runner, `script` under some
/// of them) must not make the dashboard deaf to them: it unblocks the signals it handles.
@Suite struct BlockedSignalTests {
    @Test func sigtermEndsTheDashboardEvenWhenItStartsBlocked() throws {
        let run = try Pty.run("env TERM=xterm-256color timeout --foreground 2 \(CommandRunner.binary) --lang en --no-restore; echo STATUS=$?",
                              timeout: 12, blocking: [SIGTERM, SIGHUP, SIGINT])
        #expect(run.milliseconds < 8_000, "still running \(Int(run.milliseconds)) ms after it started; SIGTERM came at 2 s")
        #expect(run.text.contains("STATUS=124"), "\(run.text.suffix(200).debugDescription)")
    }
}
