@testable import ScorecardsCore
import Foundation
import ScorecardsTestSupport
import Testing

@Suite struct DecodingTests {
    func failure(_ bytes: [UInt8]) -> IssueLoadError? {
        do {
            _ = try IssueParser.parse(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func nulMeansBinary() {
        #expect(failure(Array("发展成绩单".utf8) + [0, 1, 2]) == .notText(reason: "NUL byte at offset 15"))
    }

    @Test func neitherUTF8NorGB18030SaysWhere() {
        // 0x80 and 0xFF are invalid lead bytes in both encodings.
        let error = failure(Array("abc".utf8) + [0xFF, 0x41])
        #expect(error == .notText(reason: "neither UTF-8 nor GB18030: invalid byte 0xFF at offset 3"))
        #expect(error?.exitStatus == 65)
    }

    @Test func damagedUTF8IsNotReadAsGB18030() throws {
        var bytes = Array(try Fixtures.seedText().utf8)
        bytes[400] = 0xFF
        guard case .notText(let reason) = failure(bytes) else {
            Issue.record("expected notText")
            return
        }
        #expect(reason == "invalid UTF-8 byte 0xFF at offset 400")
    }

    @Test func cutMidCharacterOpensWithAWarning() throws {
        let bytes = Array(try Fixtures.seedText().utf8)
        let cut = Array(bytes[..<(bytes.count / 2)])
        // Make sure the cut falls inside a three-byte character.
        var end = cut.count
        while end > 0, cut[end - 1] & 0xC0 == 0x80 || cut[end - 1] < 0x80 { end -= 1 }
        let parsed = try IssueParser.parse(bytes: Array(cut[..<(end)]))
        #expect(parsed.warnings.first?.message.contains("middle of a character") == true)
        #expect(parsed.issue.scorecards.count >= 2)
    }

    @Test func utf16WithBOM() throws {
        let text = "发展成绩单:\n标题\n正文。\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let parsed = try IssueParser.parse(bytes: bytes)
        #expect(parsed.encoding == .utf16LE)
        #expect(parsed.issue.scorecards[0].articles[0].paragraphs == ["正文。"])
    }

    @Test func tooLarge() {
        let bytes = [UInt8](repeating: 0x41, count: IssueParser.sizeLimit + 1)
        #expect(failure(bytes) == .tooLarge(bytes: IssueParser.sizeLimit + 1, limit: IssueParser.sizeLimit))
    }

    @Test func nfcOnIngest() throws {
        // e + combining acute becomes é; the parser's text is NFC.
        let parsed = try IssueParser.parse(text: "发展成绩单:\n标题\nCafe\u{301}正文。\n")
        #expect(parsed.issue.scorecards[0].articles[0].paragraphs == ["Caf\u{E9}正文。"])
    }
}

@Suite struct NFCShortcutTests {
    /// The ranges the parser leaves alone really are unchanged by canonical composition, on
    /// their own and after a base letter.
    @Test func stableRangesAreStable() {
        let ranges: [ClosedRange<UInt32>] = [0x0000...0x02FF, 0x2002...0x206F, 0x2150...0x218F, 0x3000...0x3029,
                                             0x3030...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF]
        var unstable: [UInt32] = []
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "a" + String(Character(scalar))
                #expect(NFC.stable(text))
                if text.precomposedStringWithCanonicalMapping != text { unstable.append(value) }
            }
        }
        #expect(unstable.isEmpty, "\(unstable.prefix(10).map { String($0, radix: 16) })")
        #expect(!NFC.stable("e\u{301}"))
        #expect(!NFC.stable("\u{2000}"))
        #expect(!NFC.stable("\u{F900}"))
    }
}
