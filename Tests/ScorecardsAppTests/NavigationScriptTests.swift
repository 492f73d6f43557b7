import Foundation
import ScorecardsApp
import ScorecardsCore
import ScorecardsGrid
import ScorecardsTestSupport
import Testing

/// Moving between views without losing one's place, typed as a user would. Each script
/// checks what the screen shows, as `dump` would print it.
@Suite struct NavigationScriptTests {
    /// `count` issues: the bundled one under weekly numbers and dates, oldest first.
    static func issues(_ count: Int) throws -> [IssueDocument] {
        let bundled = try Fixtures.bundled()
        return (1...count).map { n in
            var issue = bundled
            issue.number = "2018年第\(n)期"
            let day = 15 + 7 * (n - 1)
            issue.date = "2018-\(String(format: "%02d", 1 + day / 28))-\(String(format: "%02d", 1 + day % 28))"
            return issue
        }
    }

    func run(_ keys: String, issues: [IssueDocument]? = nil, size: Size = Size(width: 120, height: 40),
             settings: Settings = Settings()) throws -> (AppState, [Effect]) {
        var state = AppState(issues: try issues ?? [Fixtures.bundled()], size: size, settings: settings)
        let effects = Update.run(try KeyNotation.parse(keys), on: &state)
        return (state, effects)
    }

    func screen(_ keys: String, issues: [IssueDocument]? = nil, size: Size = Size(width: 120, height: 40),
                settings: Settings = Settings()) throws -> [String] {
        Render.screen(try run(keys, issues: issues, size: size, settings: settings).0).lines()
    }

    /// The issue number on the list's row with the ▸.
    func marked(_ lines: [String]) -> String? {
        guard let line = lines.first(where: { $0.contains("│▸") }) else { return nil }
        return line.firstMatch(of: /第(\d+)期/).map { String($0.1) }
    }

    // MARK: the list of issues

    @Test(arguments: ["", "j", "jj", "jjjj", "jjjjjjjj", "G", "Gk", "jjg"])
    func theListMarksTheIssueEnterOpens(_ moves: String) throws {
        let issues = try Self.issues(5)
        let list = try screen("i" + moves, issues: issues)
        let number = try #require(marked(list), "no ▸ in the list after i\(moves)")
        let opened = try screen("i" + moves + "<CR>", issues: issues)
        #expect(opened[0].contains("2018年第\(number)期"), "i\(moves)<CR>")
    }

    @Test func jjMovesTheMarkTwoIssuesDown() throws {
        let lines = try screen("ijj", issues: try Self.issues(5))
        #expect(marked(lines) == "3")
    }

    @Test(arguments: ["G", "GkkG", "<PageDown><PageDown>", "<End>", "G<PageUp>", "<C-d><C-d><C-d>"])
    func aLongListKeepsTheMarkInSight(_ moves: String) throws {
        let issues = try Self.issues(400)
        for size in [Size(width: 100, height: 30), Size(width: 80, height: 24), Size(width: 40, height: 10)] {
            let lines = try screen("i" + moves, issues: issues, size: size)
            #expect(lines.contains { $0.contains("│▸") }, "i\(moves) at \(size)")
        }
        let bottom = try screen("iG", issues: issues, size: Size(width: 100, height: 30))
        #expect(marked(bottom) == "1")
    }

    @Test func theListsStatusBarShowsItsKeys() throws {
        let lines = try screen("i", issues: try Self.issues(3))
        let status = try #require(lines.last)
        #expect(status.contains("Esc 关闭"))
        #expect(status.contains("Enter 打开"))
        #expect(!status.contains("Tab"))
    }

    @Test func theIssueOnScreenIsMarkedApartFromTheSelection() throws {
        let lines = try screen("[ij", issues: try Self.issues(3))
        // The list runs newest first: the second issue is shown, the oldest selected.
        #expect(lines.contains { $0.contains("│ •") && $0.contains("2018年第2期") })
        #expect(lines.contains { $0.contains("│▸ ") && $0.contains("2018年第1期") })
    }

    /// Clicks go to the list while it is open: a click selects, a double click shows the
    /// issue, a click outside closes the list.
    @Test func clicksGoToTheListOnTop() throws {
        var state = try run("i", issues: try Self.issues(5)).0
        let grid = Render.screen(state)
        let row = try #require((0..<grid.height).first { y in grid.lines()[y].contains("2018年第2期") })
        _ = Update.apply(.mouse(MouseEvent(x: grid.width / 2, y: row, button: .left)), to: &state)
        #expect(marked(Render.screen(state).lines()) == "2")
        #expect(state.focus == 0)
        _ = Update.apply(.mouse(MouseEvent(x: grid.width / 2, y: row, button: .left, doubleClick: true)), to: &state)
        #expect(state.context == .dashboard)
        #expect(Render.screen(state).lines()[0].contains("2018年第2期"))
        _ = Update.run(try KeyNotation.parse("i"), on: &state)
        _ = Update.apply(.mouse(MouseEvent(x: 0, y: grid.height - 2, button: .left)), to: &state)
        #expect(state.context == .dashboard)
        #expect(state.focus == 0)
    }

    // MARK: going back

    @Test(arguments: ["ss", "ajjjj", "/投<CR>j", "a/亿元<CR>G", "sjjj<C-d>"])
    func escFromAnArticleReturnsToTheTableAsItWas(_ table: String) throws {
        let before = try screen("m" + table)
        let after = try screen("m" + table + "<CR><Esc>")
        #expect(after == before)
        let afterMoving = try screen("m" + table + "<CR>jjJK<C-d>q")
        #expect(afterMoving == before)
    }

    @Test func escFromHelpReturnsToTheViewUnderIt() throws {
        for view in ["", "jj<CR><C-d>", "msj", "m/亿<CR>", "/武昌"] {
            #expect(try screen(view + "<F1><Esc>") == screen(view), "\(view)")
            #expect(try screen(view + "<F1>jjj<Esc>") == screen(view), "\(view)")
        }
    }

    @Test func escFromTheListReturnsToTheDashboardAsItWas() throws {
        let issues = try Self.issues(4)
        #expect(try screen("3jjijj<Esc>", issues: issues) == screen("3jj", issues: issues))
    }

    // MARK: the reader's own search

    @Test func slashInTheReaderFindsInTheArticle() throws {
        // 昙华林 is in B3: reading the B1 lead, the reader stays on it and says so.
        let missed = try screen("<CR>/昙华林<CR>")
        #expect(missed[0].contains("B1 发展成绩单 1/5"))
        #expect(missed.last?.contains("无匹配") == true)
        // 武昌 is in the lead several times: n and N go through it without leaving it.
        let (state, _) = try run("<CR>/武昌<CR>nnN")
        guard case .reader(let reader) = state.screen else {
            Issue.record("expected the reader")
            return
        }
        #expect(reader.scorecard == 0 && reader.article == 0)
        #expect(reader.marks.count > 2)
        #expect(reader.currentMark == 1)
        let lines = Render.screen(state).lines()
        #expect(lines[0].contains("B1 发展成绩单 1/5"))
        #expect(lines.last?.contains("匹配 2/\(reader.marks.count)") == true)
    }

    @Test func theReadersSearchLeavesTheDashboardsSearchAlone() throws {
        let (state, _) = try run("/社区<CR><CR>/武昌<CR><Esc>")
        #expect(state.search.outcome?.query == "社区")
    }

    @Test func escInTheReadersPromptPutsTheMarksBack() throws {
        let opened = try screen("/gongshui<CR><CR>")
        #expect(try screen("/gongshui<CR><CR>/武昌<Esc>") == opened)
        #expect(try screen("/gongshui<CR><CR>/武昌<C-c>") == opened)
    }

    @Test func searchMarksFollowTheIssueShown() throws {
        let issues = try Self.issues(3)
        var state = AppState(issues: issues, size: Size(width: 120, height: 40))
        _ = Update.run(try KeyNotation.parse("/供水<CR>"), on: &state)
        let outcome = try #require(state.search.outcome)
        let elsewhere = try #require(outcome.stops.firstIndex { $0.issue != state.shown })
        _ = Update.run(try KeyNotation.parse(String(repeating: "n", count: elsewhere)), on: &state)
        #expect(state.shown == outcome.stops[elsewhere].issue)
        // The hit's headline is drawn with its match, in the issue now shown.
        let grid = Render.screen(state)
        #expect((0..<grid.height).contains { y in (0..<grid.width).contains { grid[$0, y].role == .matchCurrent || grid[$0, y].role == .match } })
        #expect(state.search.outcome?.matches(for: outcome.stops[elsewhere]) != nil)
    }

    // MARK: help

    @Test(arguments: [("", "总览"), ("<CR>", "阅读"), ("m", "数据"), ("m/", "输入框（搜索、筛选）"), ("/", "输入框（搜索、筛选）")])
    func helpOpensAtTheViewsKeys(_ keys: String, _ heading: String) throws {
        for key in ["?", "<F1>"] where !(keys.hasSuffix("/") && key == "?") {
            let lines = try screen(keys + key, size: Size(width: 100, height: 30))
            let first = try #require(lines.indices.first { lines[$0].contains("┌─ 按键") })
            #expect(lines[first + 1].contains(heading), "\(keys)\(key)")
        }
    }

    @Test func helpsStatusBarShowsHelpsKeys() throws {
        let status = try #require(try screen("<CR>?").last)
        #expect(status.contains("Esc 关闭"))
        #expect(status.contains("j/k 滚动"))
        #expect(!status.contains("J 下一篇"))
        let english = try #require(try screen("?", settings: Settings(language: .en)).last)
        #expect(english.contains("Esc close"))
    }

    /// Every line of help, scrolled through page by page: the text inside its frame.
    func helpText(size: Size, language: Language) throws -> String {
        var pages: [String] = []
        for page in 0..<12 {
            var state = AppState(issue: try Fixtures.bundled(), size: size, settings: Settings(language: language))
            _ = Update.run(try KeyNotation.parse("?g" + String(repeating: "<PageDown>", count: page)), on: &state)
            let grid = Render.screen(state)
            let lines = grid.lines()
            let title = language == .zh ? "┌─ 按键" : "┌─ Keys"
            guard let top = lines.firstIndex(where: { $0.contains(title) }),
                  let left = (0..<grid.width).first(where: { grid[$0, top].text == "┌" && grid[$0 + 1, top].text == "─" && grid[$0 + 3, top].text == String(title.dropFirst(3).prefix(1)) }),
                  let right = ((left + 1)..<grid.width).first(where: { grid[$0, top].text == "┐" }),
                  let bottom = ((top + 1)..<grid.height).first(where: { grid[left, $0].text == "└" }) else { continue }
            for y in (top + 1)..<bottom {
                pages.append(((left + 1)..<right).map { grid[$0, y].text }.joined())
            }
        }
        return pages.joined(separator: "\n")
    }

    @Test(arguments: [Size(width: 200, height: 60), Size(width: 80, height: 24), Size(width: 60, height: 20)],
          [Language.zh, .en])
    func helpShowsEveryDescriptionWhole(_ size: Size, _ language: Language) throws {
        let text = try helpText(size: size, language: language)
        #expect(!text.contains("…"))
        // A description wrapped over several lines reads whole once the lines are joined.
        let joined = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: language == .zh ? "" : " ")
        let squeezed = joined.replacingOccurrences(of: " ", with: "")
        for context in KeyContext.allCases {
            for binding in KeyMap.standard.bindings(in: context) {
                let description = binding.action.help(in: context).text(language).replacingOccurrences(of: " ", with: "")
                #expect(squeezed.contains(description), "\(description) at \(size)")
            }
        }
    }

    // MARK: prompts

    @Test(arguments: ["/武昌<C-c>", "/<C-c>", "m/亿元<C-c>", "<CR>/武昌<C-c>"])
    func ctrlCInAPromptCancelsIt(_ keys: String) throws {
        let (state, effects) = try run(keys)
        #expect(!state.quitting)
        #expect(!effects.contains(.quit))
        #expect(state.context != .prompt)
        // The prompt's view is back as it was before the prompt opened.
        let opened = String(keys.prefix { $0 != "/" })
        #expect(Render.screen(state).lines() == (try screen(opened)))
    }

    @Test func ctrlCOutsideAPromptStillQuits() throws {
        #expect(try run("<C-c>").0.quitting)
        #expect(try run("m<C-c>").0.quitting)
    }

    /// A long query scrolls the prompt; a click lands on the character drawn under it.
    @Test(arguments: [Size(width: 40, height: 10), Size(width: 80, height: 24)])
    func aClickInAScrolledPromptLandsOnTheCharacterClicked(_ size: Size) throws {
        let query = "武昌区深入实践积极探索以创建全国社区治理和服务创新实验区为主线出台系列举措"
        var state = AppState(issue: try Fixtures.bundled(), size: size)
        _ = Update.run(try KeyNotation.parse("/" + query), on: &state)
        let grid = Render.screen(state)
        let row = size.height - 1
        // Every column of the prompt row that shows a character of the query.
        for x in 1..<(size.width - 1) {
            let cell = grid[x, row]
            guard let character = cell.text.first, query.contains(character) else { continue }
            var clicked = state
            _ = Update.apply(.mouse(MouseEvent(x: x, y: row, button: .left)), to: &clicked)
            _ = Update.run(try KeyNotation.parse("X<CR>"), on: &clicked)
            let typed = try #require(clicked.search.outcome?.query)
            let at = try #require(typed.firstIndex(of: "X"))
            let after = typed[typed.index(after: at)...]
            #expect(after.first == character, "click at column \(x) of \(size)")
        }
    }

    // MARK: keys that do nothing

    @Test(arguments: [
        ("G<CR>J", "已是本版最后一篇"),
        ("<CR>K", "已是本版第一篇"),
        ("[", "只打开了一期"),
        ("]", "只打开了一期"),
        ("i", "只打开了一期"),
        ("n", "没有搜索：按 / 搜索"),
        ("N", "没有搜索：按 / 搜索"),
        ("<Esc>", "没有搜索：按 / 搜索"),
        ("<CR>n", "本文没有匹配：按 / 在本文中查找"),
        ("x", "x 在此没有作用，按 ? 查看按键"),
        ("<CR>x", "x 在此没有作用，按 ? 查看按键"),
        ("m/不存在的数据<CR><CR>", "没有可打开的数据"),
        ("/zzzxq<CR>n", "无结果"),
    ])
    func aKeyThatDoesNothingSaysWhy(_ keys: String, _ reason: String) throws {
        let status = try #require(try screen(keys).last)
        #expect(status.contains(reason), "\(keys)")
    }

    @Test func theReasonGoesWithTheNextKey() throws {
        let status = try #require(try screen("[j").last)
        #expect(!status.contains("只打开了一期"))
    }

    @Test func theEndsOfASeveralIssueListSayWhichEnd() throws {
        let issues = try Self.issues(2)
        #expect(try screen("]", issues: issues).last?.contains("已是最新的一期") == true)
        #expect(try screen("[[", issues: issues).last?.contains("已是最早的一期") == true)
    }

    // MARK: copying from the reader

    /// `y` copies the paragraph with the ▸ in the margin, whatever was marked before.
    @Test(arguments: ["/gongshui<CR><CR>G", "/gongshui<CR><CR>", "m<CR>G", "m<CR>", "<CR>", "<CR><C-d>", "jjj<CR>G"])
    func yCopiesTheParagraphThatIsMarked(_ keys: String) throws {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let (state, _) = try run(keys, size: size)
            let lines = Render.screen(state).lines()
            let marked = try #require(lines.firstIndex { $0.drop { $0 == " " }.hasPrefix("▸") }, "no ▸ after \(keys) at \(size)")
            var copying = state
            let effects = Update.apply(.key(.char("y")), to: &copying)
            guard case .copy(let text)? = effects.first else {
                Issue.record("nothing copied after \(keys)")
                continue
            }
            // The first characters on the marked line (after the indent) begin the copied paragraph.
            let shown = lines[marked].drop { $0 == " " }.dropFirst(1).drop { $0 == " " || $0 == "\u{3000}" }.prefix(6)
            let settings = Settings()
            #expect(settings.display(text).hasPrefix(shown) || settings.display(text).contains(shown), "\(keys) at \(size): \(shown)")
        }
    }
}
