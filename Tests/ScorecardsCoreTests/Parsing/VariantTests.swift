import Foundation
import ScorecardsCore
import ScorecardsTestSupport
import Testing

/// Real copies of an issue differ in encoding, line ends, indentation, blank lines, the
/// heading colon and the web page's chrome; every one must give the same model.
@Suite struct VariantTests {
    static let seed = (try? Fixtures.seedText()) ?? ""

    static func lines(_ transform: (String) -> String?) -> String {
        seed.components(separatedBy: "\n").compactMap(transform).joined(separator: "\n")
    }

    static let variants: [(String, [UInt8])] = [
        ("utf8", Array(seed.utf8)),
        ("utf8-bom", [0xEF, 0xBB, 0xBF] + Array(seed.utf8)),
        ("gb18030", Encodings.convert(seed, to: "GB18030") ?? []),
        ("crlf", Array(seed.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ("cr", Array(seed.replacingOccurrences(of: "\n", with: "\r").utf8)),
        ("unindented", Array(lines { $0.trimmingCharacters(in: .whitespaces) }.utf8)),
        ("ideographic-indent", Array(lines { $0.hasPrefix("  ") ? "\u{3000}\u{3000}" + $0.dropFirst(2) : $0 }.utf8)),
        ("no-blank-lines", Array(lines { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }.utf8)),
        ("double-blank-lines", Array(seed.replacingOccurrences(of: "\n\n", with: "\n\n\n").utf8)),
        ("fullwidth-colon", Array(lines { $0.hasSuffix("成绩单:") ? String($0.dropLast()) + "：" : $0 }.utf8)),
        ("no-colon", Array(lines { $0.hasSuffix("成绩单:") ? String($0.dropLast()) : $0 }.utf8)),
        ("trailing-spaces", Array(lines { $0 + "  \t" }.utf8)),
    ]

    static let chromeless = lines { line in
        let t = line.trimmingCharacters(in: .whitespaces)
        return t.hasPrefix("来源:") || t.contains("打印本页") ? nil : line
    }

    @Test(arguments: variants.map(\.0))
    func variantGivesTheSameModel(_ name: String) throws {
        let bytes = try #require(Self.variants.first { $0.0 == name }?.1)
        #expect(!bytes.isEmpty)
        let parsed = try IssueParser.parse(bytes: bytes)
        #expect(parsed.issue == (try Fixtures.parsedSeed()))
        #expect(parsed.warnings.isEmpty)
    }

    @Test func encodingIsReported() throws {
        #expect(try IssueParser.parse(bytes: Self.variants[1].1).encoding == .utf8WithBOM)
        #expect(try IssueParser.parse(bytes: Self.variants[2].1).encoding == .gb18030)
    }

    /// Without the chrome there is no 来源 line, so no source; everything else is the same,
    /// the date coming from the printed page header instead.
    @Test func withoutChrome() throws {
        var expected = try Fixtures.parsedSeed()
        expected.source = nil
        let parsed = try IssueParser.parse(text: Self.chromeless)
        #expect(parsed.issue == expected)
        #expect(parsed.issue.date == "2018-01-15")
    }

    @Test func chromelessGB18030WithCRLF() throws {
        var expected = try Fixtures.parsedSeed()
        expected.source = nil
        let text = Self.chromeless.replacingOccurrences(of: "\n", with: "\r\n")
        let bytes = try #require(Encodings.convert(text, to: "GB18030"))
        #expect(try IssueParser.parse(bytes: bytes).issue == expected)
    }
}
