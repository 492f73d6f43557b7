import ScorecardsCore
import Testing

@Suite struct NotAnIssueTests {
    func failure(_ text: String) -> IssueLoadError? {
        do {
            _ = try IssueParser.parse(text: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func textWithoutScorecards() {
        let error = failure("\n  第一行文字。\n第二行。\n")
        #expect(error == .notAnIssue(reason: "no scorecard heading (such as 发展成绩单:) found", line: 2, column: 3, lineText: "  第一行文字。"))
        #expect(error?.exitStatus == 65)
    }

    @Test func paragraphRightAfterTheHeading() {
        let error = failure("发展成绩单:\n\n  这是一段正文,没有标题。\n")
        guard case .notAnIssue(let reason, let line, let column, let text) = error else {
            Issue.record("expected notAnIssue, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("lead headline"))
        #expect(line == 3)
        #expect(column == 3)
        #expect(text == "  这是一段正文,没有标题。")
    }

    @Test func scorecardTwice() {
        let error = failure("发展成绩单:\n标题\n正文一段。\n发展成绩单:\n标题二\n正文。\n")
        guard case .notAnIssue(let reason, let line, _, _) = error else {
            Issue.record("expected notAnIssue")
            return
        }
        #expect(reason.contains("appears twice"))
        #expect(line == 4)
    }

    /// A paragraph may have at most `paragraphLimit` characters (scalars, whatever their
    /// bytes); the refusal names the line and puts the caret at the paragraph's start.
    @Test func paragraphOverTheLimit() throws {
        let limit = IssueParser.paragraphLimit
        func text(_ length: Int) -> String {
            "发展成绩单:\n标题\n正文。\n  " + String(repeating: "字", count: length - 1) + "。\n"
        }
        #expect(try IssueParser.parse(text: text(limit)).issue.scorecards[0].articles[0].paragraphs[1].count == limit)
        let error = failure(text(limit + 1))
        guard case .notAnIssue(let reason, let line, let column, let lineText) = error else {
            Issue.record("expected notAnIssue, got \(String(describing: error))")
            return
        }
        #expect(reason == "paragraph too long: \(limit + 1) characters, the limit is \(limit)")
        #expect(line == 4)
        #expect(column == 3)
        #expect(lineText.hasPrefix("  字字") && lineText.count < 300)
        #expect(error?.exitStatus == 65)
        // ASCII counts the same: the limit is in characters, not bytes.
        #expect(failure("发展成绩单:\n标题\n" + String(repeating: "a", count: limit) + "。\n") != nil)
        #expect(failure("发展成绩单:\n标题\n" + String(repeating: "a", count: limit - 1) + "。\n") == nil)
    }

    @Test func emptyAndBlank() {
        #expect(failure("") == .empty)
        #expect(failure("\n \n\u{3000}\n") == .empty)
    }

    @Test func truncatedIssueOpensWithWarnings() throws {
        let text = "发展成绩单:\n区域GDP跨千亿大关\n城区品质稳步提升\n江流贤胜,大成武昌。\n建设“新金融特区”\n招商项目落地见证武昌速度\n"
        let parsed = try IssueParser.parse(text: text)
        #expect(parsed.issue.scorecards.count == 1)
        #expect(parsed.issue.scorecards[0].articles.count == 2)
        #expect(parsed.issue.scorecards[0].articles[1].paragraphs.isEmpty)
        let messages = parsed.warnings.map(\.message)
        #expect(messages.contains { $0.contains("建设“新金融特区” 招商项目落地见证武昌速度") && $0.contains("missing") })
        #expect(messages.contains { $0.contains("missing 改革成绩单、党建成绩单、稳定成绩单") })
    }

    @Test func cutMidSentence() throws {
        let text = "发展成绩单:\n标题\n这一段话很长,说到这里还没有说完,就被截"
        let parsed = try IssueParser.parse(text: text)
        #expect(parsed.warnings.contains { $0.message.contains("mid-sentence") })
    }

    @Test func unknownScorecardWordGetsAPositionalID() throws {
        let parsed = try IssueParser.parse(text: "民生成绩单:\n标题\n正文。\n")
        #expect(parsed.issue.scorecards.map(\.id) == ["scorecard-1"])
    }
}
