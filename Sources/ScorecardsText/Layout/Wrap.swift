/// Greedy line wrapping by display width, breaking only where the line
/// breaking rules allow and never inside a grapheme cluster.
public enum Wrap {
    /// Wraps `text` into lines at most `width` columns wide.
    ///
    /// - Lines break only at opportunities (`LineBreak`); hard line breaks
    ///   (LF, CR LF, …) always end a line and are not part of it.
    /// - Spaces at the end of a line are dropped; spaces may hang past the width
    ///   because they are dropped at the break.
    /// - When the character that would start the next line may not start one (a
    ///   closing mark such as `，` or `”`), the character before it comes down with
    ///   it (clreq's "push out"), so the line ends shorter rather than overflowing.
    /// - Only a run with no opportunity that is wider than the whole width is
    ///   cut, at a cluster boundary (`WrappedLine.End.cut`).
    ///
    /// Every line is at most `width` wide, except that a cluster wider than
    /// `width` (a two-column character when `width` is 1, or an emoji sequence
    /// drawn as several cells) takes a line of its own, as it cannot be split.
    /// `width` <= 0, or empty text, gives no lines. A final line break does not
    /// start an extra empty line; blank lines in the text give empty lines. A
    /// line of only spaces that did not fit is dropped rather than shown empty.
    ///
    /// Controls other than line breaks count 0 columns: sanitize text
    /// (`TerminalSafe.sanitize`, per paragraph) before wrapping it for display.
    /// To wrap the same text at several widths, keep a `WrapLayout`.
    public static func lines(
        _ text: String,
        width: Int,
        ambiguous: AmbiguousWidth = .narrow,
        rules: LineBreakRules = .chinese
    ) -> [WrappedLine] {
        guard width > 0, !text.isEmpty else { return [] }
        return WrapLayout(text, ambiguous: ambiguous, rules: rules).lines(width: width)
    }
}
