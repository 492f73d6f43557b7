/// Writes an issue in the layout of the seed file: masthead and web-page chrome lines, page
/// markers, `…成绩单:` headings, then headline lines and paragraphs, each indented by two
/// spaces and separated by blank lines, as the copy saved from the newspaper's site is.
struct IssueLayout {
    private(set) var text = ""

    mutating func masthead(title: String, source: String, date: CivilDate, edition: String) {
        line(title, indent: false)
        line("来源:\(source) 发表日期:\(date.iso) 15:10 字体大小: 【大】 【中】 【小】", indent: false)
        blank()
        line("\(date.chinese) 星期\(date.weekdayWord) 长江日报 \(edition)")
        blank()
    }

    mutating func scorecard(page: String, number: Int, name: String) {
        for piece in [page, String(number), "\(name):"] {
            line(piece)
            blank()
        }
    }

    mutating func article(headline: [String], paragraphs: [String]) {
        for piece in headline + paragraphs {
            line(piece)
            blank()
        }
    }

    mutating func footer(_ footer: String) {
        line(footer, indent: false)
    }

    private mutating func line(_ content: String, indent: Bool = true) {
        text += (indent ? "  " : "") + content + "\n"
    }

    private mutating func blank() {
        text += "\n"
    }
}
