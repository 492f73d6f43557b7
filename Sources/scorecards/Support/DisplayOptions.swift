import ArgumentParser
import ScorecardsApp
import ScorecardsGrid
import ScorecardsText

/// Flags that shape how text is drawn, shared by every command that draws. Each one
/// overrides the config file; unset flags fall back to it, then to the defaults.
struct DisplayOptions: ParsableArguments {
    @Option(help: "How wide the terminal draws East Asian ambiguous characters (“ ” · … — ─ ▁): auto, 1 or 2.")
    var ambiwidth: AmbiwidthChoice?

    @Option(help: "Punctuation between Chinese characters: asis, or fullwidth (，：；（）？！) for display.")
    var punct: PunctuationStyle?

    @Option(help: "Interface language: zh or en. Default: from the locale.")
    var lang: Language?

    @Option(help: "Read this config file instead of $XDG_CONFIG_HOME/scorecards/config.toml.")
    var config: String?

    /// The config file: the one named by --config (which must exist), or the default one
    /// when it exists. A file that cannot be used is an error, never skipped.
    func configuration() throws -> Configuration {
        try ConfigSource.load(explicit: config)
    }

    func ambiwidthChoice(_ configuration: Configuration) -> AmbiwidthChoice {
        ambiwidth ?? configuration.ambiwidth.flatMap(AmbiwidthChoice.init(rawValue:)) ?? .auto
    }

    /// Without a terminal to ask, `auto` means what glibc says: narrow.
    func fixedAmbiguous(_ configuration: Configuration) -> AmbiguousWidth {
        ambiwidthChoice(configuration) == .two ? .wide : .narrow
    }

    func settings(ambiguous: AmbiguousWidth, configuration: Configuration, utf8: Bool = true) -> Settings {
        let language = lang ?? configuration.language ?? Language.from(locale: Environment.locale)
        var settings = Settings(
            ambiguous: ambiguous, glyphs: .forTerminal(utf8: utf8, ambiguous: ambiguous),
            punctuation: punct ?? configuration.punctuation ?? .fullwidth, language: language)
        settings.clipboardNote = Self.clipboardNote(language)
        return settings
    }

    /// Multiplexers swallow OSC 52 unless told otherwise; say how, since success cannot be seen.
    static func clipboardNote(_ language: Language) -> String? {
        if Environment.get("TMUX") != nil {
            return language == .zh ? "（tmux 中需 set -g set-clipboard on）" : "(in tmux: set -g set-clipboard on)"
        }
        if Environment.get("STY") != nil {
            return language == .zh ? "（GNU screen 不转发 OSC 52）" : "(GNU screen does not pass OSC 52 on)"
        }
        return nil
    }
}

enum AmbiwidthChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, one = "1", two = "2"
}

extension PunctuationStyle: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension RiseColor: ExpressibleByArgument {}
