/// The date of an issue from the start of its file, without parsing it all: enough to
/// tell which of many files is the newest and open that one first.
public enum IssuePeek {
    /// Bytes read from the start of a file; the masthead and page header come first.
    public static let prefixLength = 4096

    public static func date(prefix bytes: [UInt8]) -> String? {
        let text: String
        if let decoded = try? TextDecoder.decode(bytes) {
            text = decoded.text
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        var headerDate: String?
        for line in SourceLine.split(IssueParser.normaliseLineEnds(text)) {
            switch LineClassifier.classify(line.text, beforeFirstScorecard: true) {
            case .pageChrome(_, let date?): return date
            case .pageHeader(let date?): if headerDate == nil { headerDate = date }
            case .scorecardHeading: return headerDate
            default: continue
            }
        }
        return headerDate
    }
}
