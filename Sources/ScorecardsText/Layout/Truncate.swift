/// Shortening text to a display width.
public enum Truncate {
    /// `text` cut to at most `width` columns, ending with `ellipsis` when cut.
    ///
    /// Cuts only between grapheme clusters, so never half a wide character: a
    /// two-column character that would straddle the limit goes, leaving the
    /// line a column short. The ellipsis's own width depends on `ambiguous`
    /// (`…` is East Asian Ambiguous). Spaces just before the ellipsis are
    /// dropped. When even the ellipsis does not fit, the text is cut without it.
    /// Returns `text` unchanged when it fits, and "" for `width` <= 0.
    public static func toWidth(
        _ text: String,
        _ width: Int,
        ambiguous: AmbiguousWidth = .narrow,
        ellipsis: Character = "…"
    ) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text, ambiguous: ambiguous) <= width { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis, ambiguous: ambiguous)
        let withEllipsis = ellipsisWidth <= width
        let budget = withEllipsis ? width - ellipsisWidth : width
        var used = 0
        var end = text.startIndex
        var index = text.startIndex
        for character in text {
            let w = DisplayWidth.of(character, ambiguous: ambiguous)
            if used + w > budget { break }
            used += w
            index = text.utf8.index(index, offsetBy: character.utf8.count)
            end = index
        }
        var kept = text[..<end]
        guard withEllipsis else { return String(kept) }
        while kept.last == " " { kept = kept.dropLast() }
        return String(kept) + String(ellipsis)
    }
}
