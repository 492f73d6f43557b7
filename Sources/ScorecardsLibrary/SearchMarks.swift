/// The marks put around matches in `LibraryHit.snippet`: private-use characters, so that they
/// never occur in an issue's text and a view can style the span between them.
public enum SearchMarks {
    public static let open = "\u{E000}"
    public static let close = "\u{E001}"
}
