/// A figure chosen for a scorecard's key-figures strip.
public struct KeyFigure: Equatable, Sendable {
    public var metric: Metric
    /// Where it comes from: the article's index in its scorecard, and the metric's in the article.
    public var article: Int
    public var index: Int
    /// The figure as printed (`1060亿元`, `两万余条`), from its first source.
    public var asWritten: String
    public var series: FigureSeries?
}

/// Which figures matter most on a scorecard: those of the lead, and those reported with a
/// change, in that order, each label once.
public enum KeyFigures {
    public static func select(from card: Scorecard, reportYear: Int?, limit: Int) -> [KeyFigure] {
        var candidates: [(rank: Int, order: Int, figure: KeyFigure)] = []
        var order = 0
        for (a, article) in card.articles.enumerated() {
            for (m, metric) in article.metrics.enumerated() {
                let lead = article.kind == .lead
                let changed = metric.changePercent != nil
                let rank = lead && changed ? 0 : changed ? 1 : lead && !metric.isPercent ? 2 : 3
                guard rank < 3 else { continue }
                let figure = KeyFigure(metric: metric, article: a, index: m, asWritten: asWritten(metric, in: article), series: nil)
                candidates.append((rank, order, figure))
                order += 1
            }
        }
        var seen = Set<String>()
        var chosen: [KeyFigure] = []
        // Several key figures often share a paragraph (the lead's list of results): read
        // each paragraph for multi-year statements once.
        var statements: [Int: [Int: [MetricSeries.YearlySeries]]] = [:]
        for candidate in candidates.sorted(by: { ($0.rank, $0.order) < ($1.rank, $1.order) }) {
            let key = candidate.figure.metric.label + "|" + candidate.figure.metric.unit
            guard !seen.contains(key) else { continue }
            seen.insert(key)
            var figure = candidate.figure
            // Series only for the figures chosen: reading a paragraph for multi-year
            // statements is the costly part, and start-up waits on it.
            let article = card.articles[figure.article]
            figure.series = FigureSeries.within(article: article, metric: figure.metric, reportYear: reportYear) { p in
                if let known = statements[figure.article]?[p] { return known }
                let read = MetricSeries.yearlySeries(in: article.paragraphs[p], paragraphIndex: p, reportYear: reportYear)
                statements[figure.article, default: [:]][p] = read
                return read
            }
            chosen.append(figure)
            if chosen.count >= limit { break }
        }
        return chosen
    }

    /// The figure's own text in the paragraph it comes from.
    public static func asWritten(_ metric: Metric, in article: Article) -> String {
        guard let source = metric.sources.first, article.paragraphs.indices.contains(source.paragraph) else {
            return FigureFormat.number(metric.value) + metric.unit
        }
        let scalars = Array(article.paragraphs[source.paragraph].unicodeScalars)
        guard source.span.lowerBound >= 0, source.span.upperBound <= scalars.count else {
            return FigureFormat.number(metric.value) + metric.unit
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[source.span])
        return String(text)
    }
}

/// Short, readable numbers for ranges and tables.
public enum FigureFormat {
    /// 976.96 → 977, 10.52 → 10.5, 8.5 → 8.5, 1060 → 1060.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        let digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2
        var text = String(format: digits, value)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A signed percentage: +8.5%, -7.9%.
    public static func change(_ percent: Double) -> String {
        (percent > 0 ? "+" : percent < 0 ? "-" : "±") + number(abs(percent)) + "%"
    }

    private static func String(format digits: Int, _ value: Double) -> Swift.String {
        let scale = [1.0, 10.0, 100.0][digits]
        let rounded = (value * scale).rounded() / scale
        if digits == 0 {
            // Past Int64 (a Chinese numeral such as 一亿亿亿 is 1e24) a whole number prints
            // as Swift prints a Double, 1e+24; Int64(_:) would trap.
            return Int64(exactly: rounded).map { Swift.String($0) } ?? "\(rounded)"
        }
        return "\(rounded)"
    }
}
