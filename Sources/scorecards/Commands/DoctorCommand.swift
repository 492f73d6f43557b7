import ArgumentParser
import Glibc
import ScorecardsGrid
import ScorecardsTerminal
import ScorecardsText

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Report locale, terminal, colours and character widths: paste this into a bug report.")

    func run() throws {
        var lines: [String] = ["scorecards \(Version.string)"]
        let requested = ["LC_ALL", "LC_CTYPE", "LANG"].map { "\($0)=\(Environment.get($0) ?? "(unset)")" }.joined(separator: " ")
        let locale = TerminalLocale.setUp()
        lines.append("locale:     \(requested) → \(locale.name), codeset \(locale.codeset)"
                     + (locale.fellBack ? " (fell back from C/POSIX to C.UTF-8)" : "")
                     + (locale.isUTF8 ? "" : " — not UTF-8: the dashboard draws ASCII glyphs"))
        let info = TerminalProbe.terminal()
        let term = info.term.map { "TERM=\($0)" } ?? "TERM unset"
        let terminfo: String = switch info.terminfoFound {
        case nil: "no terminal type: the dashboard prints the report instead"
        case false?: "no terminfo entry: the dashboard cannot start"
        case true?: "terminfo found, \(info.colors) colours"
        }
        lines.append("terminal:   \(term); \(terminfo)")
        let noColor = Environment.get("NO_COLOR").map { $0.isEmpty ? "set but empty (ignored)" : "set: no colour" } ?? "unset"
        lines.append("NO_COLOR:   \(noColor)")
        let io = "stdin \(info.stdinIsTerminal ? "is" : "is not") a terminal, stdout \(info.stdoutIsTerminal ? "is" : "is not") a terminal"
        lines.append("streams:    \(io)" + (info.size.map { ", size \($0.width)x\($0.height)" } ?? ""))
        let probe: String
        // Asked only where the dashboard would be drawn, as the dashboard itself does.
        switch TerminalCheck.problem() {
        case nil where info.stdinIsTerminal:
            switch TerminalProbe.ambiguousWidth() {
            case 2?: probe = "2 (wide): borders in ASCII, bars in braille"
            case 1?: probe = "1 (narrow)"
            default: probe = "no answer: assuming 1 (narrow), as glibc does"
            }
        case .noTerminalType?, .unknownTerminal?:
            probe = "not asked (no terminal type the dashboard can draw with)"
        default:
            probe = "not asked (not a terminal)"
        }
        lines.append("ambiguous:  \(probe)")
        lines.append(contentsOf: background(info))
        var widths: [String] = []
        for scalar in ["“", "·", "…", "▁", "─", "中", "，", "\u{31350}"].flatMap(\.unicodeScalars) {
            let shown = DisplayWidth.of(scalar) < 0 ? "U+\(String(scalar.value, radix: 16, uppercase: true))" : String(scalar)
            widths.append("\(shown) \(TerminalProbe.systemWidth(scalar))/\(DisplayWidth.of(scalar))")
        }
        lines.append("widths:     glibc/scorecards  " + widths.joined(separator: "  "))
        let config = (Environment.get("XDG_CONFIG_HOME") ?? ((Environment.get("HOME") ?? "~") + "/.config")) + "/scorecards/config.toml"
        lines.append("config:     \(config) (\(access(config, R_OK) == 0 ? "present" : "absent"))")
        Stdout.write(lines.map { TerminalSafe.sanitize($0) }.joined(separator: "\n") + "\n")
    }

    /// What `theme = "auto"` sees: the terminal's answer to OSC 11 (asked only on a
    /// terminal), else COLORFGBG, else dark; and which theme that gives.
    private func background(_ info: TerminalProbe.TerminalInfo) -> [String] {
        let usable = info.stdinIsTerminal && info.stdoutIsTerminal && info.terminfoFound == true && info.term != "dumb"
        let answer = usable ? TerminalProbe.backgroundColor(input: 0, output: 1) : .none
        let detection = BackgroundDetection(reported: answer.color, colorfgbg: Environment.get("COLORFGBG"))
        let asked = !usable ? "OSC 11 not asked (not a terminal); "
            : answer.color != nil ? ""
            : answer.answered ? "no answer to OSC 11 (the terminal answered only the device-attributes request); "
            : "no answer to OSC 11 nor to the device-attributes request within 200 ms; "
        var theme = "auto → \(Theme.forBackground(detection.background).name)"
        if let configured = (try? ConfigSource.load(explicit: nil))?.theme, configured != "auto" {
            theme += ", but the config file sets \"\(configured)\" (--theme wins over both)"
        } else {
            theme += " (--theme and the config file win over auto)"
        }
        return ["background: \(asked)\(detection)", "theme:      \(theme)"]
    }
}
