/// The paragraphs of one article analysed with the article-wide context they share:
/// the district subject, the article's year and the issue's date.
struct ArticleAnalysis {
    let paragraphs: [(findings: [Finding], lists: [FigureList])]
    /// Findings of the opening anecdote that a later figure of the article supersedes
    /// (`AnecdoteRule`), by paragraph and index.
    let superseded: Set<[Int]>
    private let periods: PeriodResolver
    private let texts: [ScalarText]
    private let reportYear: Int?

    init(paragraphs: [String], reportYear: Int?, issueDate: String? = nil) {
        let texts = paragraphs.map(ScalarText.init)
        let subjects = SubjectNames(paragraphs: texts)
        let cleaner = LabelCleaner(subjects: subjects)
        self.texts = texts
        self.reportYear = reportYear
        periods = PeriodResolver(paragraphs: texts, reportYear: reportYear, issueDate: issueDate)
        let analysed = texts.map { ParagraphAnalyzer(text: $0, cleaner: cleaner).analyze() }
        self.paragraphs = analysed
        superseded = AnecdoteRule.superseded(in: analysed.map(\.findings), texts: texts, subjects: subjects)
    }

    func metric(for finding: Finding, paragraph: Int) -> Metric {
        let placement = periods.placement(paragraph: paragraph, position: finding.figure.start)
        var year = finding.year ?? placement.year
        var period: MetricPeriod?
        let text = texts[paragraph]
        if let years = YearRange.years(before: finding.figure.start, in: text, reportYear: reportYear),
           let first = years.first, let last = years.last {
            period = MetricPeriod(start: first, end: last, perYear: true)
            year = last
        } else if YearRange.isPerYear(before: finding.figure.start, in: text), let year {
            period = MetricPeriod(start: year, end: year, perYear: true)
        } else if finding.year == nil, let date = placement.date, let year {
            period = MetricPeriod(start: year, end: year, date: date)
        }
        return Metric(
            label: finding.label,
            value: finding.figure.value,
            unit: finding.figure.unit,
            changePercent: finding.changePercent,
            qualifiers: finding.qualifiers,
            year: year,
            kind: MetricKind.of(finding.figure.kind, changeOnly: finding.isChangeOnly),
            basis: finding.basis,
            period: period,
            scope: finding.scope,
            sources: [MetricSource(paragraph: paragraph, span: finding.figure.span)]
        )
    }
}

/// Drops the numbers of an article's opening anecdote that the article later states as a
/// total: "长虹公寓…住着100多户居民" tells of one compound; "约5300户居民受益" is the
/// district's figure. The anecdote is the paragraphs before the first that names the
/// district; a number there is superseded by a later figure of the same base unit whose
/// label holds its label.
enum AnecdoteRule {
    static func superseded(in findings: [[Finding]], texts: [ScalarText], subjects: SubjectNames) -> Set<[Int]> {
        guard let first = texts.firstIndex(where: subjects.isMentioned), first > 0 else { return [] }
        // The later labels of each base unit, each once: repeated labels cost nothing more.
        var later: [String: Set<String>] = [:]
        for finding in findings[first...].joined() { later[finding.figure.baseUnit, default: []].insert(finding.label) }
        var dropped = Set<[Int]>()
        for p in 0..<first {
            for (k, finding) in findings[p].enumerated() where !finding.label.isEmpty {
                if later[finding.figure.baseUnit]?.contains(where: { $0.contains(finding.label) }) == true {
                    dropped.insert([p, k])
                }
            }
        }
        return dropped
    }
}
