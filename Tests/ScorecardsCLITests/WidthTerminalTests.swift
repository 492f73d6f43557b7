import Foundation
import ScorecardsTestSupport
import Testing

/// The screen does not depend on the C library's idea of character widths: ncursesw is
/// given the program's own table. Checked with a C library that measures differently (a
/// wcwidth preloaded in front of glibc's, as a newer or older glibc would).
@Suite(.serialized) struct WidthTerminalTests {
    /// A wcwidth that makes every CJK ideograph one column wide, and asks glibc otherwise.
    static let otherWidths = """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <wchar.h>
        int wcwidth(wchar_t c) {
            static int (*next)(wchar_t);
            if (c >= 0x4E00 && c <= 0x9FFF) return 1;
            if (!next) next = (int (*)(wchar_t))dlsym(RTLD_NEXT, "wcwidth");
            return next ? next(c) : -1;
        }
        """

    /// Builds the preloaded library with the toolchain's C compiler.
    static func library(in directory: URL) throws -> String {
        let source = directory.appendingPathComponent("widths.c").path
        let library = directory.appendingPathComponent("libwidths.so").path
        try otherWidths.write(toFile: source, atomically: true, encoding: .utf8)
        var built = false
        for compiler in ["clang", "cc"] where !built {
            built = (try? Spawn.run([compiler, "-shared", "-fPIC", "-o", library, source], captureOutput: false))?.status == 0
        }
        try #require(built, "no C compiler (clang or cc) to build \(source)")
        return library
    }

    @Test func anotherCLibrarysWidthsChangeNothingOnScreen() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = try Self.library(in: directory)
        let tmux = try Tmux(width: 100, height: 30, command: "\(CommandRunner.binary) --ambiwidth 1 --no-restore",
                            environment: ["LD_PRELOAD": library])
        let out = try CommandRunner.run(["dump", "--size", "100x30", "--keys", "3jj<CR>", "--ambiwidth", "1"])
        let expected = out.stdout.components(separatedBy: "\n").dropLast().map { String($0) }
        // Keys only once the first frame is up: typed before the terminal is in raw mode, the
        // tty's own ICRNL would turn Enter into a line feed (Ctrl-J, a key of its own).
        _ = try tmux.waitFor { $0.last?.contains("B1 发展成绩单") == true }
        try tmux.send("3", "j", "j", "Enter")
        let screen = try tmux.waitFor { $0 == expected }
        #expect(screen == expected, "\(screen.joined(separator: "\n"))")
        try tmux.send("q", "q")
        #expect(try tmux.waitFor { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }
}
