/// Decides the year a figure belongs to.
///
/// Period words are resolved against the report year R (the year the issue reports on):
/// - "2017年" (also in dates such as 2017年12月4日) → 2017;
/// - "2015年起/开始/以来/至今" → R, since the figure describes the state reached by R;
/// - 去年, 全年, 今年 (今年来, 今年以来), 过去一年, 过去的一年, 这一年, 本年度 → R. A year-end
///   report is published early in R+1, so 去年 is R; 今年 was written while R was still
///   running, so it is read as R too;
/// - 前年 → R-1;
/// - a day: "2017年12月4日" as written; "12月5日" in the issue's year, or the year before when
///   that day comes after the issue's date; "5日" in the issue's month, or the month before
///   (5日 in an issue dated 2018-01-15 is 2018-01-05). A figure in the sentence of a day
///   carries the date as well as its year.
/// A figure takes the nearest period word before it in its sentence, else the first after
/// it in its sentence, else the nearest before it in its paragraph. Otherwise the article
/// decides: R when any paragraph names R by one of the words above, else nil.
struct PeriodResolver: Sendable {
    struct Marker: Sendable, Equatable {
        var position: Int
        var year: Int
        /// ISO 8601, for a day.
        var date: String? = nil
    }

    /// A figure's period as the text places it.
    struct Placement: Equatable {
        var year: Int?
        /// Set when a day written in the figure's own sentence dates it.
        var date: String?
    }

    /// Per paragraph: its length, its markers (ascending) and where its sentences end
    /// (ascending), so that a figure's year is a few binary searches rather than a scan of
    /// its sentence, which made a long sentence of n figures cost n².
    private let counts: [Int]
    private let markers: [[Marker]]
    private let sentenceEnds: [[Int]]
    private let articleYear: Int?

    private static let rangeTails = Words.list(["起", "开始", "以来", "至今"])
    private static let relative: [(word: Word, offset: Int)] = [
        ("过去的一年", 0), ("过去一年", 0), ("这一年", 0), ("本年度", 0),
        ("去年", 0), ("全年", 0), ("今年", 0), ("前年", -1),
    ].map { (Array($0.0.unicodeScalars), $0.1) }
    /// The first scalars of `relative`, so that most places are passed over at one compare.
    private static let relativeFirsts = relative.compactMap(\.word.first)

    init(paragraphs: [ScalarText], reportYear: Int?, issueDate: String? = nil) {
        counts = paragraphs.map(\.count)
        let day = issueDate.flatMap(IssueDay.init)
        markers = paragraphs.map { Self.markers(in: $0, reportYear: reportYear, issueDay: day) }
        sentenceEnds = paragraphs.map { text in text.scalars.indices.filter { text.scalars[$0].isSentenceEnd } }
        if let reportYear, markers.contains(where: { $0.contains { $0.year == reportYear } }) {
            articleYear = reportYear
        } else {
            articleYear = nil
        }
    }

    func year(paragraph: Int, position: Int) -> Int? {
        placement(paragraph: paragraph, position: position).year
    }

    func placement(paragraph: Int, position: Int) -> Placement {
        guard markers.indices.contains(paragraph) else { return Placement(year: articleYear) }
        // The sentence holding `position`, as `ScalarText.sentenceStart(before:)` and
        // `sentenceEnd(after:)` would find it.
        let ends = sentenceEnds[paragraph]
        let before = ends.partitionPoint { $0 < min(position, counts[paragraph]) }
        let sentenceStart = before > 0 ? ends[before - 1] + 1 : 0
        let after = ends.partitionPoint { $0 < max(position, 0) }
        let sentenceEnd = after < ends.count ? ends[after] : max(position, counts[paragraph])
        let found = markers[paragraph]
        let earlier = found.partitionPoint { $0.position < position }
        if earlier > 0, found[earlier - 1].position >= sentenceStart {
            return Placement(year: found[earlier - 1].year, date: found[earlier - 1].date)
        }
        if earlier < found.count, found[earlier].position < sentenceEnd {
            return Placement(year: found[earlier].year, date: found[earlier].date)
        }
        if earlier > 0 {
            return Placement(year: found[earlier - 1].year)
        }
        return Placement(year: articleYear)
    }

    static func markers(in text: ScalarText, reportYear: Int?, issueDay: IssueDay? = nil) -> [Marker] {
        var found: [Marker] = []
        let relativeFirsts = Self.relativeFirsts
        var i = 0
        while i < text.count {
            if text.scalars[i].decimalDigit != nil {
                let token = NumberScanner.readArabic(text, from: i)
                let end = token.range.upperBound
                if let day = DayReader.read(at: i, in: text, issueDay: issueDay) {
                    found.append(Marker(position: i, year: day.year, date: day.iso))
                    i = max(day.end, i + 1)
                    continue
                }
                if let year = explicitYear(token, in: text) {
                    if text.firstMatch(in: rangeTails, at: end + 1) != nil {
                        if let reportYear, reportYear >= year {
                            found.append(Marker(position: i, year: reportYear))
                        }
                    } else {
                        found.append(Marker(position: i, year: year))
                    }
                }
                i = max(end, i + 1)
                continue
            }
            if let reportYear, relativeFirsts.contains(text.scalars[i]),
               let match = relative.first(where: { text.matches($0.word, at: i) }) {
                let shifted = reportYear.addingReportingOverflow(match.offset)
                if !shifted.overflow { found.append(Marker(position: i, year: shifted.partialValue)) }
                i += match.word.count
                continue
            }
            i += 1
        }
        return found
    }

    /// A four-digit year written with 年, not part of a longer number.
    static func explicitYear(_ token: NumberToken, in text: ScalarText) -> Int? {
        guard token.kind == .arabic, token.range.count == 4, text[token.range.upperBound] == "年",
              let year = Int(exactly: token.value), (1900...2100).contains(year) else { return nil }
        return year
    }
}
