import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTestSupport
import ScorecardsText
import Testing

/// Under ambiguous width 2 no screen holds a character that xterm's -cjk_width paints only
/// half of (Latin-1's ambiguous `·` `°` `×` `§` …): every view, every article page, every
/// size, checked cell by cell. The separators and the interpunct of the text come out as `・`.
@Suite struct WideSeparatorTests {
    static let settings = Settings(ambiguous: .wide, glyphs: .braille)

    /// Each screen the keys lead to, with the keys that led there.
    static func screens(_ issues: [IssueDocument], size: Size, scripts: [String]) throws -> [(String, Grid)] {
        let start = AppState(issues: issues, size: size, settings: settings)
        return try scripts.map { keys in
            var state = start
            _ = Update.run(try KeyNotation.parse(keys), on: &state)
            return (keys, Render.screen(state))
        }
    }

    /// Every article of every scorecard, page by page, and every other view.
    static let views = ["", "<CR>", "/社区", "/社区<CR>", "/zzz<CR>", "m", "ma", "2mjjj", "ms", "mf社区", "?", "<Tab>?", "z", "y"]

    static func scripts(_ issue: IssueDocument) -> [String] {
        var scripts = views
        for (s, card) in issue.scorecards.enumerated() {
            for a in card.articles.indices {
                let open = "\(s + 1)" + String(repeating: "j", count: a) + "<CR>"
                for page in 0..<4 { scripts.append(open + String(repeating: "<C-d>", count: page)) }
            }
        }
        return scripts
    }

    /// Every article page at the two common sizes; the other views at the extremes too.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 10), Size(width: 250, height: 70)])
    func noScreenHoldsACharacterXtermPaintsHalfOf(_ size: Size) throws {
        let issue = try Fixtures.bundled()
        let scripts = size.width == 80 || size.width == 120 ? Self.scripts(issue) : Self.views
        var interpuncts = 0
        var halfPainted: [String] = []
        for (keys, grid) in try Self.screens([issue], size: size, scripts: scripts) {
            for y in 0..<grid.height {
                for x in 0..<grid.width {
                    let cell = grid[x, y]
                    if cell.text.unicodeScalars.contains(where: WideStandIn.isLatin1Ambiguous) {
                        halfPainted.append("\(keys): \(cell.text) in column \(x), row \(y)")
                    }
                    if cell.text == "・" {
                        interpuncts += 1
                        if cell.width != 2 || !grid[x + 1, y].isContinuation { halfPainted.append("\(keys): ・ not two cells wide") }
                    }
                }
            }
        }
        #expect(halfPainted.isEmpty, "\(halfPainted.prefix(10))")
        // The header's separators and the text's own 中科武大·智谷 were there to be checked.
        #expect(interpuncts > 0)
    }

    @Test func theListOfIssues() throws {
        let issues = try SeveralIssuesTests.issues(3)
        for (keys, grid) in try Self.screens(issues, size: Size(width: 100, height: 30), scripts: ["i", "", "[", "m"]) {
            #expect(!grid.text.unicodeScalars.contains(where: WideStandIn.isLatin1Ambiguous), "\(keys)")
        }
        let list = try Self.screens(issues, size: Size(width: 100, height: 30), scripts: ["i"])[0].1
        #expect(list.text.contains("・"))
    }

    @Test func theReaderShowsTheTextsInterpunctAsTheWideDot() throws {
        let issue = try Fixtures.bundled()
        // B1's second article: 以"中科武大·智谷"建设为核心任务.
        let page = try Self.screens([issue], size: Size(width: 120, height: 40), scripts: ["1jj<CR>"])[0].1
        #expect(page.text.contains("中科武大・智谷"))
    }
}
