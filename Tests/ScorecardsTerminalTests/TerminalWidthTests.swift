import CGlibcLocale
import Glibc
import ScorecardsTerminal
import ScorecardsText
import Testing

/// ncursesw measures every character as the layout does: the program's `wcwidth`, which
/// ncursesw calls, answers from DisplayWidth's table, whatever the C library's version.
@Suite(.serialized) struct TerminalWidthTests {
    @Test(arguments: [AmbiguousWidth.narrow, .wide])
    func ncursesMeasuresWithTheProgramsTable(_ ambiguous: AmbiguousWidth) {
        TerminalWidths.install(ambiguousWide: ambiguous == .wide)
        var wrong: [UInt32] = []
        var differsFromTheCLibrary = 0
        #expect(scg_setlocale_utf8() == 1)
        for cp in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(cp) else { continue }
            let table = DisplayWidth.of(scalar, ambiguous: ambiguous)
            if TerminalWidths.measure(cp) != table { wrong.append(cp) }
            if ambiguous == .narrow, Int(scg_wcwidth(cp)) != table { differsFromTheCLibrary += 1 }
        }
        #expect(wrong.isEmpty, "first: \(wrong.prefix(10).map { String($0, radix: 16) })")
        if ambiguous == .narrow {
            // For the record: the table came from glibc 2.36; on another glibc these differ,
            // and none of them reaches the screen.
            print("this C library's wcwidth differs from the table at \(differsFromTheCLibrary) code points")
        }
    }
}
