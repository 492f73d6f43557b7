/// Extracts every reported quantity from the paragraphs of one article.
///
/// A figure is a number (Arabic, full-width or Chinese, or 百分之…) followed by a known unit,
/// optionally scaled by 万/亿 and with 余/多 inside. Numbers without a unit, and the
/// non-metrics listed in `NonMetricRules` (dates, ordinals, names, thresholds …), are skipped.
/// Each figure gets a label from its sentence (`ParagraphAnalyzer`), the change that follows
/// it ("增长8.5%"), one qualifier from `MetricQualifier.all`, and a year (`PeriodResolver`).
/// A figure stated again in the same article is one metric with several sources (`MetricMerger`).
public enum MetricExtractor {
    /// Metrics in order of first appearance. `reportYear` is the year the issue reports on;
    /// it resolves 去年/全年/今年 (see `PeriodResolver`) and may be nil when unknown.
    public static func extract(paragraphs: [String], reportYear: Int?) -> [Metric] {
        let article = ArticleAnalysis(paragraphs: paragraphs, reportYear: reportYear)
        var metrics: [Metric] = []
        var figures = MetricMerger.Index()
        for (index, analysis) in article.paragraphs.enumerated() {
            for finding in analysis.findings {
                let metric = article.metric(for: finding, paragraph: index)
                MetricMerger.add(metric, to: &metrics, index: &figures)
            }
        }
        return metrics
    }
}
