import ArgumentParser
import ScorecardsApp
import ScorecardsGrid
import ScorecardsText

/// Flags that shape how text is drawn, shared by every command that draws.
struct DisplayOptions: ParsableArguments {
    @Option(help: "How wide the terminal draws East Asian ambiguous characters (“ ” · … — ─ ▁): auto, 1 or 2.")
    var ambiwidth: AmbiwidthChoice = .auto

    @Option(help: "Punctuation between Chinese characters: asis, or fullwidth (，：；（）？！) for display.")
    var punct: PunctuationStyle = .fullwidth

    @Option(help: "Interface language: zh or en. Default: from the locale.")
    var lang: Language?

    /// Without a terminal to ask, `auto` means what glibc says: narrow.
    var fixedAmbiguous: AmbiguousWidth {
        ambiwidth == .two ? .wide : .narrow
    }

    func settings(ambiguous: AmbiguousWidth, utf8: Bool = true) -> Settings {
        Settings(
            ambiguous: ambiguous, glyphs: .forTerminal(utf8: utf8, ambiguous: ambiguous),
            punctuation: punct, language: lang ?? Language.from(locale: Environment.locale))
    }
}

enum AmbiwidthChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, one = "1", two = "2"
}

extension PunctuationStyle: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
