import ScorecardsGrid
import ScorecardsText

/// How the source's ASCII punctuation between Chinese characters is displayed.
public enum PunctuationStyle: String, Sendable, CaseIterable {
    /// As in the file.
    case asis
    /// `,` `:` `;` `(` `)` `?` `!` in Chinese context shown in their full-width forms.
    case fullwidth

    /// `text` as it should appear on screen in this style.
    public func apply(_ text: String) -> String {
        switch self {
        case .asis: text
        case .fullwidth: Punctuation.fullwidth(text)
        }
    }
}

/// Choices that shape drawing but are not content: fixed for a session or set by flags.
public struct Settings: Equatable, Sendable {
    public var ambiguous: AmbiguousWidth
    public var glyphs: GlyphSet
    public var punctuation: PunctuationStyle
    public var language: Language
    /// Said after a copy when the terminal may need setting up for OSC 52 (tmux, screen).
    public var clipboardNote: String?

    public init(
        ambiguous: AmbiguousWidth = .narrow, glyphs: GlyphSet = .unicode,
        punctuation: PunctuationStyle = .fullwidth, language: Language = .zh
    ) {
        self.ambiguous = ambiguous
        self.glyphs = glyphs
        self.punctuation = punctuation
        self.language = language
    }

    /// Text from the issue, as it should appear on screen.
    public func display(_ text: String) -> String { punctuation.apply(text) }

    public func text(_ item: UIText) -> String { item.text(language) }
}
