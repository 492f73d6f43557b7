/// What is drawn instead of a character that terminals counting ambiguous characters two
/// columns wide count right but paint wrong.
///
/// xterm with `-cjk_width` (how many Chinese users run it) advances two columns for the
/// East Asian Ambiguous characters of Latin-1 (`·` `°` `×` `§` `±` …) but paints only the
/// first: the second cell keeps whatever was there before, a hole in a coloured bar or a
/// stale character. Characters outside Latin-1, ambiguous or wide, are painted whole. So
/// under `.wide` the interpunct, the one such character of Chinese text and the program's
/// separator, is drawn as KATAKANA MIDDLE DOT `・`, which is wide in every terminal and
/// looks the same; widths do not change, so layout, truncation and search highlights agree.
public enum WideStandIn {
    /// The stand-in for `scalar` when ambiguous characters are drawn wide, or nil when the
    /// character is drawn as it is.
    @inline(__always)
    public static func forScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        scalar.value == 0xB7 ? "\u{30FB}" : nil
    }

    /// The ambiguous characters of Latin-1: the ones xterm leaves half painted when wide.
    public static func isLatin1Ambiguous(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xA0 && scalar.value <= 0xFF && WidthTable.isAmbiguous(scalar.value)
    }
}
