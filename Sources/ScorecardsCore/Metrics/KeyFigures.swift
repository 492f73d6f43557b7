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

/// Which figures matter most on a scorecard, in the order an editor would put them:
/// 1. the figures the headlines print (the lead's headline, then each article's);
/// 2. the lead's figures, in its order;
/// 3. the figures reported with a change;
/// 4. the largest figure of each article (each a theme of the card), then the next largest
///    of each, and so on: money before other amounts, amounts before counts, counts before
///    rates, each by its value in the base unit.
/// A fact is shown once (statements merged across the issue share one), and a figure whose
/// label does not read on its own (`readsAlone`) is never shown.
public enum KeyFigures {
    public static func select(from card: Scorecard, reportYear: Int?, limit: Int) -> [KeyFigure] {
        var order: [(article: Int, metric: Int)] = []
        // 1. Headlines.
        for (a, article) in card.articles.enumerated() {
            for m in HeadlineLabels.stated(article.headline, in: article.metrics) { order.append((a, m)) }
        }
        // 2. The lead's figures.
        for (a, article) in card.articles.enumerated() where article.kind == .lead {
            order += article.metrics.indices.map { (a, $0) }
        }
        // 3. With a change.
        for (a, article) in card.articles.enumerated() {
            order += article.metrics.indices.filter { article.metrics[$0].changePercent != nil }.map { (a, $0) }
        }
        // 4. The largest of each theme, round by round.
        let ranked = card.articles.map { article in
            article.metrics.indices.sorted { sizeRank(article.metrics[$0]) < sizeRank(article.metrics[$1]) }
        }
        for round in 0..<(ranked.map(\.count).max() ?? 0) {
            for (a, metrics) in ranked.enumerated() where round < metrics.count { order.append((a, metrics[round])) }
        }

        var seen = Set<String>()
        var chosen: [KeyFigure] = []
        // Several key figures often share a paragraph (the lead's list of results): read
        // each paragraph for multi-year statements once.
        var statements: [Int: [Int: [MetricSeries.YearlySeries]]] = [:]
        for (a, m) in order {
            let article = card.articles[a]
            let metric = article.metrics[m]
            let fact = metric.sameAs ?? article.metricID(m)
            guard readsAlone(metric.label), seen.insert(fact).inserted else { continue }
            var figure = KeyFigure(metric: metric, article: a, index: m, asWritten: asWritten(metric, in: article), series: nil)
            // Series only for the figures chosen: reading a paragraph for multi-year
            // statements is the costly part, and start-up waits on it.
            figure.series = FigureSeries.within(article: article, metric: metric, reportYear: reportYear) { p in
                if let known = statements[a]?[p] { return known }
                let read = MetricSeries.yearlySeries(in: article.paragraphs[p], paragraphIndex: p, reportYear: reportYear)
                statements[a, default: [:]][p] = read
                return read
            }
            chosen.append(figure)
            if chosen.count >= limit { break }
        }
        return chosen
    }

    /// A label a reader understands without the sentence: not empty, not a bare generic
    /// noun, bare or after a verb (投资, 资助项目, 居民 …, `LabelLexicon.isGeneric`).
    public static func readsAlone(_ label: String) -> Bool {
        label.unicodeScalars.count >= 2 && !LabelLexicon.isGeneric(label)
    }

    /// Sorts a theme's figures largest first: money, other amounts, counts, rates, changes;
    /// within each, by value in the base unit.
    private static func sizeRank(_ metric: Metric) -> (Int, Double) {
        let group: Int
        switch metric.kind {
        case .level: group = metric.parsedUnit.base == "元" ? 0 : 1
        case .count: group = 2
        case .rate: group = 3
        case .change: group = 4
        }
        return (group, -metric.normalizedValue)
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
    /// `rounding` `.down` or `.up` for the ends of a range, so that no value inside it
    /// prints outside (703.5 → 703 as a low end, not 704).
    public static func number(_ value: Double, rounding: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        let digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2
        var text = String(format: digits, value, rounding: rounding)
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

    private static func String(format digits: Int, _ value: Double, rounding: FloatingPointRoundingRule) -> Swift.String {
        let scale = [1.0, 10.0, 100.0][digits]
        let rounded = (value * scale).rounded(rounding) / scale
        if digits == 0 {
            // Past Int64 (a Chinese numeral such as 一亿亿亿 is 1e24) a whole number prints
            // as Swift prints a Double, 1e+24; Int64(_:) would trap.
            return Int64(exactly: rounded).map { Swift.String($0) } ?? "\(rounded)"
        }
        return "\(rounded)"
    }
}
