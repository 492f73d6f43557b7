/// How the terminal draws East Asian Ambiguous characters (Unicode
/// East_Asian_Width `A`: `“ ” ‘ ’ · … — ─ │ ┌ ▁…█ → ×` and many more).
///
/// glibc's `wcwidth` (and so ncursesw) always counts them as one column, but
/// terminals set to a "CJK ambiguous width" option draw them two columns wide;
/// if the program measures differently from the terminal, every row that holds
/// such a character is misaligned.
public enum AmbiguousWidth: Sendable, Hashable {
    /// One column: glibc's value and most terminals' default.
    case narrow
    /// Two columns: terminals set up for CJK ambiguous width.
    case wide
}
