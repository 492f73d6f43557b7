/// One line of wrapped text.
public struct WrappedLine: Sendable, Hashable {
    /// How a line ends.
    public enum End: Sendable, Hashable {
        /// At a hard line break in the text (LF, CR LF, VT, FF, NEL, U+2028, U+2029).
        case newline
        /// At a break opportunity, because the next word did not fit.
        case wrap
        /// Inside an unbreakable run that is wider than the whole line.
        case cut
        /// At the end of the text.
        case endOfText
    }

    /// The line's text: a slice of the wrapped string, without the spaces
    /// dropped at the break and without the line break character.
    public var text: Substring
    /// Display width of `text`, in columns.
    public var width: Int
    /// Where `text` lies in the wrapped string.
    public var range: Range<String.Index>
    public var end: End

    public init(text: Substring, width: Int, range: Range<String.Index>, end: End) {
        self.text = text
        self.width = width
        self.range = range
        self.end = end
    }
}
