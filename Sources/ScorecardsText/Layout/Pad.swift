/// Padding text with spaces to a display width, for columns and tables.
public enum Pad {
    public enum Alignment: Sendable, Hashable {
        case left, right, center
    }

    /// `text` followed by spaces up to `width` columns (unchanged if wider).
    public static func left(_ text: String, _ width: Int, ambiguous: AmbiguousWidth = .narrow) -> String {
        align(text, width, .left, ambiguous: ambiguous)
    }

    /// Spaces then `text`, up to `width` columns (unchanged if wider).
    public static func right(_ text: String, _ width: Int, ambiguous: AmbiguousWidth = .narrow) -> String {
        align(text, width, .right, ambiguous: ambiguous)
    }

    /// `text` centred in `width` columns; an odd space goes on the right.
    public static func center(_ text: String, _ width: Int, ambiguous: AmbiguousWidth = .narrow) -> String {
        align(text, width, .center, ambiguous: ambiguous)
    }

    /// `text` padded to `width` columns as `alignment` says (unchanged if wider).
    public static func align(
        _ text: String, _ width: Int, _ alignment: Alignment, ambiguous: AmbiguousWidth = .narrow
    ) -> String {
        let gap = width - DisplayWidth.of(text, ambiguous: ambiguous)
        guard gap > 0 else { return text }
        switch alignment {
        case .left: return text + spaces(gap)
        case .right: return spaces(gap) + text
        case .center: return spaces(gap / 2) + text + spaces(gap - gap / 2)
        }
    }

    /// Exactly `width` columns: truncated with an ellipsis if too wide, then
    /// padded (a wide character cut at the limit leaves a column to pad).
    public static func fit(
        _ text: String, _ width: Int, _ alignment: Alignment = .left,
        ambiguous: AmbiguousWidth = .narrow, ellipsis: Character = "…"
    ) -> String {
        guard width > 0 else { return "" }
        let cut = Truncate.toWidth(text, width, ambiguous: ambiguous, ellipsis: ellipsis)
        return align(cut, width, alignment, ambiguous: ambiguous)
    }

    private static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: count)
    }
}
