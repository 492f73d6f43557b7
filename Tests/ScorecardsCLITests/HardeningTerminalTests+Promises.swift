import Foundation
import Glibc
import ScorecardsTestSupport
import Testing

/// More of the README's promises about terminals, each in the setting it names (tmux).
extension HardeningTerminalTests {
    /// Where SIGTSTP is ignored (no job control: nothing could resume a stopped program),
    /// Ctrl-Z does nothing: the screen stays and the program goes on answering keys.
    @Test func ctrlZDoesNothingWithoutJobControl() throws {
        let tmux = try Tmux(width: 80, height: 24, command: "sh -c 'trap \"\" TSTP; exec \(binary) --ambiwidth 1'")
        let first = try dump("80x24")
        _ = try tmux.waitFor { $0 == first }
        try tmux.send("C-z")
        try tmux.send("j")
        let moved = try dump("80x24", "j")
        #expect(try tmux.waitFor { $0 == moved } == moved)
        try tmux.send("q")
        let after = try tmux.waitFor { $0.contains("EXIT=0") && restored($0) }
        #expect(after.contains("EXIT=0") && restored(after), "\(after.joined(separator: "\n"))")
    }

    /// Ctrl-L repaints a screen something else has written over (a background job, `wall`).
    @Test func ctrlLRepaintsAScreenWrittenOver() throws {
        let tmux = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1")
        let first = try dump("80x24")
        _ = try tmux.waitFor { $0 == first }
        let tty = try tmux.tmux(["display-message", "-p", "-t", tmux.session, "#{pane_tty}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let handle = try #require(FileHandle(forWritingAtPath: tty))
        try handle.write(contentsOf: Data("\u{1B}[5;3HWRITTEN OVER\u{1B}[12;1H\u{1B}[2K".utf8))
        try handle.close()
        let garbled = try tmux.waitFor { $0.contains { $0.contains("WRITTEN OVER") } }
        #expect(garbled != first)
        try tmux.send("C-l")
        #expect(try tmux.waitFor { $0 == first } == first)
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    /// A resize in the reader keeps the same words at the top of the page: the terminal
    /// shows what `dump` shows for the same keys and resizes.
    @Test func aResizeInTheReaderKeepsThePlace() throws {
        let tmux = try Tmux(width: 100, height: 30, command: "\(binary) --ambiwidth 1")
        _ = try tmux.waitFor { $0 == (try? dump("100x30")) }
        try tmux.send("Enter", "C-d", "j", "j")
        let reading = try dump("100x30", "<CR><C-d>jj")
        #expect(try tmux.waitFor { $0 == reading } == reading)
        try tmux.resize(width: 60, height: 20)
        let narrow = try dump("100x30", "<CR><C-d>jj<Resize:60x20>")
        #expect(try tmux.waitFor { $0 == narrow } == narrow)
        try tmux.resize(width: 100, height: 30)
        let back = try dump("100x30", "<CR><C-d>jj<Resize:60x20><Resize:100x30>")
        #expect(try tmux.waitFor { $0 == back } == back)
        // The line at the top is the one that was there before the resizes.
        #expect(back.dropFirst().first == reading.dropFirst().first, "\(back.prefix(3))")
        try tmux.send("q", "q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    /// A locale that is not UTF-8 (ISO-8859-1, made here with localedef) gets ASCII borders
    /// and bars; the language follows the locale (English for en_US).
    @Test func aLocaleThatIsNotUTF8GetsASCIIBorders() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let made = try Spawn.run(["localedef", "-i", "en_US", "-f", "ISO-8859-1", directory.appendingPathComponent("en_US.ISO-8859-1").path])
        #expect(made.status == 0, "localedef: \(made.output)")
        let tmux = try Tmux(width: 80, height: 24, command: "\(binary) --ambiwidth 1",
                            environment: ["LOCPATH": directory.path, "LANG": "en_US.ISO-8859-1"])
        // The focused pane's frame: `#` corners and `=` rules.
        let screen = try tmux.waitFor { $0.contains { $0.hasPrefix("#= B1") } }
        #expect(screen.contains { $0.hasPrefix("#= B1") }, "\(screen.joined(separator: "\n"))")
        #expect(!screen.joined().contains { "┏━┃│─┌▸█".contains($0) }, "\(screen.joined(separator: "\n"))")
        #expect(screen.first?.contains("help") == true, "\(screen.first ?? "")")
        try tmux.send("q")
        let after = try tmux.waitFor { $0.contains("EXIT=0") && restored($0) }
        #expect(after.contains("EXIT=0") && restored(after))
    }
}
