import Glibc
import ScorecardsGrid
import ScorecardsTerminal

/// The dashboard's theme: `--theme`, else the config file's, else `auto`, the theme made for
/// the terminal's background (`BackgroundDetection`).
enum ThemeChoice {
    /// `probe` asks the terminal for its background colour; it is called only for `auto`,
    /// with colour on and a terminal type to draw with, so neither the report, a dumb
    /// terminal nor NO_COLOR ever sends the question. Also returns the keys the user typed
    /// while the terminal was being asked, for the dashboard to read first.
    static func resolve(flag: String?, configured: String?, colorOff: Bool, term: String?, colorfgbg: String?,
                        probe: () -> TerminalProbe.BackgroundAnswer) -> (theme: Theme, typedAhead: [UInt8]) {
        let name = flag ?? configured ?? "auto"
        if let theme = Theme.named(name) { return (theme, []) }
        guard !colorOff, let term, !term.isEmpty, term != "dumb" else { return (.dark, []) }
        let answer = probe()
        let detection = BackgroundDetection(reported: answer.color, colorfgbg: colorfgbg)
        return (Theme.forBackground(detection.background), answer.typedAhead)
    }

    /// Asks the terminal on standard input, or on /dev/tty when that is a pipe.
    static func askTerminal() -> TerminalProbe.BackgroundAnswer {
        let fd = isatty(0) == 1 ? Int32(0) : open("/dev/tty", O_RDWR)
        defer { if fd > 0 { close(fd) } }
        guard fd >= 0 else { return .none }
        return TerminalProbe.backgroundColor(input: fd, output: 1)
    }
}
