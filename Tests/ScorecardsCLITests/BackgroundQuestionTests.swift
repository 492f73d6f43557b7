import Foundation
import Glibc
import ScorecardsGrid
import ScorecardsTerminal
import Testing

/// The OSC 11 exchange itself, on a pseudo-terminal whose answers are waiting before the
/// question is asked: the answer to DA1 ends the wait, however long the time-out.
@Suite struct BackgroundQuestionTests {
    /// Asks with a 10 s time-out, the terminal's side having typed `answer` already; the
    /// result, how long it took, and what was asked.
    static func ask(_ answer: String, timeout: Int = 10_000) -> (color: RGB?, answered: Bool, typedAhead: [UInt8], seconds: Double, asked: String) {
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { return (nil, false, [], 0, "") }
        defer { close(master); close(slave) }
        let bytes = Array(answer.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        let start = Date()
        let result = TerminalProbe.backgroundColor(input: slave, output: slave, timeoutMilliseconds: timeout)
        let seconds = Date().timeIntervalSince(start)
        var buffer = [UInt8](repeating: 0, count: 256)
        var polled = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var asked: [UInt8] = []
        while poll(&polled, 1, 100) > 0 {
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            asked += buffer[0..<n]
        }
        return (result.color, result.answered, result.typedAhead, seconds, String(decoding: asked, as: UTF8.self))
    }

    @Test func theAnswerIsRead() {
        let result = Self.ask("\u{1B}]11;rgb:ffff/ffff/ffff\u{07}\u{1B}[?62;22c")
        #expect(result.color == .white)
        // (What came before the question is the pty's echo of the answers typed in advance.)
        #expect(result.asked.hasSuffix("\u{1B}]11;?\u{07}\u{1B}[c"))
        #expect(result.seconds < 5)
    }

    /// A terminal that does not know OSC 11 answers DA1 alone, and nothing waits for more.
    @Test func onlyDeviceAttributesEndsTheWait() {
        let result = Self.ask("\u{1B}[?1;2c")
        #expect(result.color == nil && result.answered)
        #expect(result.seconds < 5)
    }

    @Test func keysTypedBeforeTheAnswersAreHandedBack() {
        let result = Self.ask("jq\u{1B}]11;rgb:0000/0000/0000\u{1B}\\\u{1B}[?62c")
        #expect(result.color == .black)
        #expect(result.typedAhead == Array("jq".utf8))
    }

    /// A terminal that answers nothing costs the time-out.
    @Test func silenceCostsTheTimeOut() {
        let result = Self.ask("", timeout: 300)
        #expect(result.color == nil && !result.answered)
        #expect(result.seconds >= 0.29)
    }

    @Test func notATerminalIsNotAsked() {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        #expect(TerminalProbe.backgroundColor(input: fds[0], output: fds[1]).color == nil)
        var polled = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
        #expect(poll(&polled, 1, 0) == 0)  // nothing was written
    }
}
