import Foundation
import ScorecardsBundle
@testable import ScorecardsCore
import ScorecardsTestSupport
import Testing

@Suite struct ExportTests {
    /// `make data` regenerates these; a parser change that forgets to fails here.
    @Test func bundledJSONIsWhatTheParserGivesNow() throws {
        let onDisk = try String(contentsOfFile: Fixtures.bundledJSONPath, encoding: .utf8)
        let parsedNow = IssueExport.text(try Fixtures.parsedSeed()) == onDisk
        let embedded = BundledIssue.exportJSON == onDisk
        #expect(parsedNow, "Resources JSON differs from what the parser gives now: run `make data`")
        #expect(embedded, "the JSON embedded in the binary differs from Resources: run `make data`")
        let rawText = try String(contentsOfFile: Fixtures.seedPath, encoding: .utf8)
        let rawSame = BundledIssue.rawText == rawText
        #expect(rawSame, "the text embedded in the binary differs from Resources: run `make data`")
    }

    @Test func roundTrip() throws {
        let issue = try Fixtures.parsedSeed()
        #expect(try IssueImport.issue(fromJSON: IssueExport.text(issue)) == issue)
        #expect(try Fixtures.bundled() == issue)
    }

    @Test func contractShape() throws {
        let json = try JSONReader.parse(IssueExport.text(try Fixtures.parsedSeed()))
        #expect(json["format"]?.stringValue == "scorecards-export/1")
        #expect(json["issue"]?["date"]?.stringValue == "2018-01-15")
        let card = try #require(json["scorecards"]?.arrayValue?.first)
        #expect(card["id"]?.stringValue == "development")
        #expect(card["page"]?.stringValue == "B1")
        let article = try #require(card["articles"]?.arrayValue?.first)
        #expect(article["id"]?.stringValue == "development/0")
        #expect(article["kind"]?.stringValue == "lead")
        #expect(article["headline"]?.arrayValue?.count == 2)
        #expect(article["metrics"]?.arrayValue != nil)
        // The contract's fields first and in order; the figure fields only added after them.
        let metric = try #require(article["metrics"]?.arrayValue?.first)
        guard case .object(let pairs) = metric else { Issue.record("a metric is not an object"); return }
        #expect(pairs.map(\.0) == ["id", "label", "value", "unit", "change_percent", "qualifier", "year", "paragraph",
                                   "span", "sources", "kind", "qualifiers", "basis", "period", "scope", "base_value",
                                   "base_unit", "same_as"])
        #expect(metric["kind"]?.stringValue == "level")
        #expect(metric["base_value"]?.numberValue == 1.06e11)
        #expect(metric["period"]?["start"]?.numberValue == 2017)
        // Foundation's parser agrees that it is JSON.
        #expect(try JSONSerialization.jsonObject(with: Data(IssueExport.text(try Fixtures.parsedSeed()).utf8)) is [String: Any])
    }

    @Test func terminalControlsAreEscaped() {
        let text = JSONWriter.write(.string("a\u{1B}]0;x\u{07}b\u{9B}c\u{202E}d\u{7F}\n"))
        #expect(text == #""a\u001b]0;x\u0007b\u009bc\u202ed\u007f\n""#)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func numbers() {
        #expect(JSONWriter.number(1060) == "1060")
        #expect(JSONWriter.number(8.5) == "8.5")
        #expect(JSONWriter.number(217.1) == "217.1")
        #expect(JSONWriter.number(-7.9) == "-7.9")
        #expect(JSONWriter.number(.nan) == "null")
    }

    @Test func readerRejectsGarbage() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "nul", "\"\\x\"", String(repeating: "[", count: 200)] {
            #expect(throws: JSONReader.Failure.self) { try JSONReader.parse(bad) }
        }
    }

    @Test func readerUnicodeEscapes() throws {
        #expect(try JSONReader.parse(#""\u6b66\u660c \ud83d\ude00 \ud800x""#) == .string("武昌 😀 \u{FFFD}x"))
    }
}
