import Testing
import ScorecardsCore

/// A metric as a reader would write it down from the text, for comparison with the extractor.
struct ExpectedMetric {
    var label: String
    var value: Double
    var unit: String
    var change: Double? = nil
    var qualifier: String? = nil
    var year: Int? = 2017
    /// Paragraph of each statement, first statement first.
    var paragraphs: [Int]
    /// The figure as written (the span's text) in its first paragraph.
    var figure: String
}

/// The text a source's span covers.
func spanText(_ source: MetricSource, in paragraphs: [String]) -> String? {
    guard paragraphs.indices.contains(source.paragraph) else { return nil }
    let scalars = Array(paragraphs[source.paragraph].unicodeScalars)
    guard source.span.lowerBound >= 0, source.span.upperBound <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[source.span])
    return String(view)
}

func expectMetrics(
    _ actual: [Metric],
    _ expected: [ExpectedMetric],
    in paragraphs: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "metric count: \(actual.map(\.label))", sourceLocation: sourceLocation)
    for (index, (metric, want)) in zip(actual, expected).enumerated() {
        let where_ = "#\(index) \(want.label)"
        #expect(metric.label == want.label, "\(where_)", sourceLocation: sourceLocation)
        #expect(abs(metric.value - want.value) < 1e-9, "\(where_): value \(metric.value)", sourceLocation: sourceLocation)
        #expect(metric.unit == want.unit, "\(where_)", sourceLocation: sourceLocation)
        #expect(metric.changePercent == want.change, "\(where_)", sourceLocation: sourceLocation)
        #expect(metric.qualifier == want.qualifier, "\(where_)", sourceLocation: sourceLocation)
        #expect(metric.year == want.year, "\(where_)", sourceLocation: sourceLocation)
        #expect(metric.sources.map(\.paragraph) == want.paragraphs, "\(where_)", sourceLocation: sourceLocation)
        if let first = metric.sources.first {
            #expect(spanText(first, in: paragraphs) == want.figure, "\(where_)", sourceLocation: sourceLocation)
        }
    }
}
