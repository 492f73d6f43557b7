/// Extracts every reported quantity from the paragraphs of one article.
///
/// A figure is a number (Arabic, full-width or Chinese, or 百分之…) followed by a known unit,
/// optionally scaled by 万/亿 and with 余/多 inside. Numbers without a unit, and the
/// non-metrics listed in `NonMetricRules` (dates, ordinals, names, thresholds, one of a set,
/// the rates and parts of a scheme, examples …), are skipped, and so are the numbers of an
/// opening anecdote that the article states as a total later (`AnecdoteRule`).
/// Each figure gets a label that reads on its own (`ParagraphAnalyzer`, `LabelCompletion`,
/// and the headline's wording when the headline states it), the change that follows it
/// ("增长8.5%") with its basis, qualifiers from `MetricQualifier.all`, a scope from
/// `MetricScope.all`, and a year and period (`PeriodResolver`, `YearRange`).
/// A figure stated again in the same article is one metric with several sources (`MetricMerger`).
public enum MetricExtractor {
    /// Metrics in order of first appearance. `reportYear` is the year the issue reports on;
    /// it resolves 去年/全年/今年 (see `PeriodResolver`) and may be nil when unknown.
    /// `issueDate` (ISO 8601) places days written without a year or month; `headline` is
    /// the article's headline, whose wording labels the figures it states.
    public static func extract(paragraphs: [String], reportYear: Int?, headline: [String] = [],
                               issueDate: String? = nil) -> [Metric] {
        extractLabelled(paragraphs: paragraphs, reportYear: reportYear, headline: headline, issueDate: issueDate).metrics
    }

    /// The metrics, and which of them took their label from the headline.
    static func extractLabelled(paragraphs: [String], reportYear: Int?, headline: [String],
                                issueDate: String?) -> (metrics: [Metric], fromHeadline: Set<Int>) {
        let article = ArticleAnalysis(paragraphs: paragraphs, reportYear: reportYear, issueDate: issueDate)
        var metrics: [Metric] = []
        var figures = MetricMerger.Index()
        for (index, analysis) in article.paragraphs.enumerated() {
            for (k, finding) in analysis.findings.enumerated() where !article.superseded.contains([index, k]) {
                let metric = article.metric(for: finding, paragraph: index)
                MetricMerger.add(metric, to: &metrics, index: &figures)
            }
        }
        let fromHeadline = HeadlineLabels.apply(headline, to: &metrics)
        return (metrics, fromHeadline)
    }
}

/// A headline that states a figure of its article ("二次供水改造惠及5300户居民") says what
/// it is in the words an editor chose to be read alone: the figure takes the headline's
/// wording as its label, and the scope words the headline adds (全年累计培训2000余人).
enum HeadlineLabels {
    private static let linkWords = Words.list(["达到", "达", "为", "至"])

    /// The metrics the headline lines state, in the headline's order.
    static func stated(_ headline: [String], in metrics: [Metric]) -> [Int] {
        var found: [Int] = []
        for line in headline {
            let text = ScalarText(line)
            for token in NumberScanner.scan(text) {
                guard let figure = FigureReader.read(token, in: text),
                      let index = metrics.indices.first(where: { k in
                          !found.contains(k) && metrics[k].value == figure.value && metrics[k].unit == figure.unit
                      }) else { continue }
                found.append(index)
            }
        }
        return found
    }

    /// Labels the metrics the headline lines state; returns their indices.
    static func apply(_ headline: [String], to metrics: inout [Metric]) -> Set<Int> {
        var labelled = Set<Int>()
        for line in headline {
            let text = ScalarText(line)
            for token in NumberScanner.scan(text) {
                guard let figure = FigureReader.read(token, in: text),
                      let index = metrics.indices.first(where: { k in
                          !labelled.contains(k) && metrics[k].value == figure.value && metrics[k].unit == figure.unit
                      }) else { continue }
                var start = figure.start
                if let word = text.firstMatch(in: MetricQualifier.before, endingAt: start) { start -= word.count }
                if let word = text.firstMatch(in: linkWords, endingAt: start) { start -= word.count }
                let words = LabelCleaner.plain(Array(text.scalars[..<start]) + Array(text.scalars[figure.end...]))
                guard words.count >= 2, !words.contains(where: { $0.decimalDigit != nil }) else { continue }
                let label = String(scalars: words)
                metrics[index].label = label
                metrics[index].scope = MetricScope.ordered(metrics[index].scope + MetricScope.all.filter(label.contains))
                labelled.insert(index)
            }
        }
        return labelled
    }
}
