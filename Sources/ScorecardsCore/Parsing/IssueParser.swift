import Foundation

/// Parses the text of an issue into an `IssueDocument`.
///
/// The file is read a line at a time: masthead and web-page chrome are recognised and
/// dropped, `…成绩单:` starts a scorecard, and inside it a group of one or two short lines
/// without sentence punctuation is a headline that starts an article; longer lines are its
/// paragraphs. Blank lines, indentation and line-ending style carry no meaning.
public enum IssueParser {
    /// Issues are tens of kilobytes; anything past this is refused before it is read whole,
    /// so a stray multi-gigabyte file cannot exhaust memory.
    public static let sizeLimit = 16 << 20

    /// The most characters (Unicode scalars) a paragraph may have. A newspaper paragraph has
    /// a few hundred; the reader lays out a paragraph whole (the Chinese line-breaking rules
    /// read it from its start), so a paragraph of millions of characters would make every
    /// key wait on it. A file with a longer one is refused, saying which line it is.
    public static let paragraphLimit = 10_000

    public static func parse(bytes: [UInt8]) throws(IssueLoadError) -> ParsedIssue {
        guard bytes.count <= sizeLimit else { throw .tooLarge(bytes: bytes.count, limit: sizeLimit) }
        let decoded = try TextDecoder.decode(bytes)
        var parsed = try parse(text: decoded.text, encoding: decoded.encoding)
        if decoded.truncatedCharacter {
            parsed.warnings.insert(ParseWarning(.truncatedCharacter), at: 0)
        }
        return parsed
    }

    public static func parse(text: String, encoding: TextEncoding = .utf8) throws(IssueLoadError) -> ParsedIssue {
        let normalised = NFC.normalise(normaliseLineEnds(text))
        let lines = SourceLine.split(normalised)
        guard lines.contains(where: { !$0.text.isEmpty }) else { throw .empty }
        var builder = IssueBuilder()
        for line in lines {
            let role = LineClassifier.classify(line.text, beforeFirstScorecard: builder.scorecards.isEmpty)
            try builder.take(role, line)
        }
        return ParsedIssue(issue: try builder.finish(lines: lines), warnings: builder.warnings, encoding: encoding)
    }

    /// CRLF and lone CR become LF, so that copies saved on any system read the same.
    static func normaliseLineEnds(_ text: String) -> String {
        let hasCR = text.utf8.withContiguousStorageIfAvailable { $0.contains(13) } ?? text.utf8.contains(13)
        guard hasCR else { return text }
        var result = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousCR = true
            } else {
                if !(scalar == "\n" && previousCR) { result.append(scalar) }
                previousCR = false
            }
        }
        return String(result)
    }
}
