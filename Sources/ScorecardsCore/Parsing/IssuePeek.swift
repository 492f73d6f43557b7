/// The date of an issue from the start of its file, without parsing it all: enough to
/// tell which of many files is the newest and open that one first.
public enum IssuePeek {
    /// Bytes read from the start of a file; the masthead and page header come first.
    public static let prefixLength = 4096

    /// Where the first pass stops: the masthead's date line comes within the first few lines.
    static let firstPassLength = 512

    public static func date(prefix bytes: [UInt8]) -> String? {
        // Opening a directory peeks every file, so the common case must be cheap: the first
        // lines, cut at a line end, and only an answer they settle (the chrome's date, or the
        // first scorecard reached) is taken; otherwise the whole prefix is read. UTF-16 (a
        // BOM or NUL bytes) has no byte-wise line ends and always takes the whole prefix.
        if bytes.count > firstPassLength, !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
           !bytes[..<firstPassLength].contains(0),
           let lineEnd = bytes[..<firstPassLength].lastIndex(of: 0x0A),
           case .settled(let date) = scan(Array(bytes[...lineEnd])) {
            return date
        }
        switch scan(bytes) {
        case .settled(let date): return date
        case .unsettled(let headerDate): return headerDate
        }
    }

    private enum Scan {
        /// The chrome's date, or the page header's once the first scorecard is reached.
        case settled(String?)
        /// The text ended first; the page header's date, if any, so far.
        case unsettled(String?)
    }

    private static func scan(_ bytes: [UInt8]) -> Scan {
        let text: String
        if let decoded = try? TextDecoder.decode(bytes) {
            text = decoded.text
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        var headerDate: String?
        for line in SourceLine.split(IssueParser.normaliseLineEnds(text)) {
            switch LineClassifier.classify(line.text, beforeFirstScorecard: true) {
            case .pageChrome(_, let date?): return .settled(date)
            case .pageHeader(let date?): if headerDate == nil { headerDate = date }
            case .scorecardHeading: return .settled(headerDate)
            default: continue
            }
        }
        return .unsettled(headerDate)
    }
}
