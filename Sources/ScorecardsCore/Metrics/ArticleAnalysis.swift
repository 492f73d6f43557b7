/// The paragraphs of one article analysed with the article-wide context they share:
/// the district subject and the article's year.
struct ArticleAnalysis {
    let paragraphs: [(findings: [Finding], lists: [FigureList])]
    private let periods: PeriodResolver

    init(paragraphs: [String], reportYear: Int?) {
        let texts = paragraphs.map(ScalarText.init)
        let cleaner = LabelCleaner(subjects: SubjectNames(paragraphs: texts))
        periods = PeriodResolver(paragraphs: texts, reportYear: reportYear)
        self.paragraphs = texts.map { ParagraphAnalyzer(text: $0, cleaner: cleaner).analyze() }
    }

    func metric(for finding: Finding, paragraph: Int) -> Metric {
        Metric(
            label: finding.label,
            value: finding.figure.value,
            unit: finding.figure.unit,
            changePercent: finding.changePercent,
            qualifier: finding.qualifier,
            year: finding.year ?? periods.year(paragraph: paragraph, position: finding.figure.start),
            sources: [MetricSource(paragraph: paragraph, span: finding.figure.span)]
        )
    }
}
