import Foundation
import ScorecardsTestSupport
import Testing

/// The ambiguous-width probe writes `“` and a cursor-position query (ESC [ 6 n) to the
/// terminal and waits up to 200 ms for the answer. It runs only where the dashboard is to be
/// drawn: with TERM unset, `dumb` or unknown, the report or the error comes without it.
///
/// Run on a real pseudo-terminal (`Pty`, through util-linux `script`), which never answers
/// the query, so a probe would wait its full time.
@Suite(.serialized) struct ProbeGatingTests {
    func onPty(_ command: String) throws -> Pty.Run { try Pty.run(command) }

    static let query = Array("\u{1B}[6n".utf8)

    func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
        guard bytes.count >= part.count else { return false }
        return (0...(bytes.count - part.count)).contains { bytes[$0..<($0 + part.count)].elementsEqual(part) }
    }

    @Test(arguments: [("env TERM=dumb", 0, "printing the report instead"), ("env -u TERM", 0, "printing the report instead"),
                      ("env TERM=no-such-terminal-xyz", 69, "unknown terminal type 'no-such-terminal-xyz'")])
    func noProbeWithoutATerminalToDrawOn(_ prefix: String, _ status: Int, _ message: String) throws {
        let run = try onPty("\(prefix) \(CommandRunner.binary) --lang en")
        let text = String(decoding: run.written, as: UTF8.self)
        #expect(run.status == Int32(status), "\(text)")
        #expect(text.contains(message), "\(text)")
        #expect(!contains(run.written, Self.query), "the probe was written: \(text.debugDescription)")
        #expect(!text.contains("\u{201C}\u{1B}"), "\(text.debugDescription)")
        if status == 0 { #expect(text.contains("B4 稳定成绩单")) }
    }

    /// No 200 ms wait: TERM=dumb takes no longer than printing the report outright. The
    /// fastest of three runs each, so a busy machine does not decide it; a probe left in
    /// would add its full 200 ms to every run, as nothing answers it here.
    @Test func noWaitBeforeTheReport() throws {
        var dumb: [Double] = []
        var report: [Double] = []
        for _ in 0..<3 {
            let plain = try onPty("env TERM=xterm-256color \(CommandRunner.binary) report --lang en")
            #expect(!contains(plain.written, Self.query), "report asked the terminal")
            report.append(plain.milliseconds)
            dumb.append(try onPty("env TERM=dumb \(CommandRunner.binary) --lang en").milliseconds)
        }
        let dump = try onPty("env TERM=xterm-256color \(CommandRunner.binary) dump --size 80x24")
        #expect(dump.status == 0 && !contains(dump.written, Self.query), "dump asked the terminal")
        let fastestDumb = try #require(dumb.min()), fastestReport = try #require(report.min())
        #expect(fastestDumb < fastestReport + 150, "TERM=dumb \(dumb) ms, report \(report) ms")
    }

    /// doctor follows the same rule: it reports the probe's answer only where the dashboard
    /// would ask it.
    @Test func doctorAsksOnlyWhereTheDashboardWould() throws {
        let dumb = try onPty("env TERM=dumb \(CommandRunner.binary) doctor")
        let text = String(decoding: dumb.written, as: UTF8.self)
        #expect(dumb.status == 0)
        #expect(text.contains("ambiguous:  not asked (no terminal type the dashboard can draw with)"), "\(text)")
        #expect(!contains(dumb.written, Self.query))
        let xterm = try onPty("env TERM=xterm-256color \(CommandRunner.binary) doctor")
        #expect(contains(xterm.written, Self.query))
        #expect(String(decoding: xterm.written, as: UTF8.self).contains("ambiguous:  no answer"))
    }

    /// Where the dashboard is drawn, the probe is still asked (and, unanswered, given up).
    @Test func theProbeStillRunsWhereTheDashboardIsDrawn() throws {
        let run = try onPty("env TERM=xterm-256color timeout --foreground 2 \(CommandRunner.binary) --lang en")
        #expect(contains(run.written, Self.query))
    }
}
