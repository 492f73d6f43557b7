/// The figures of a whole issue: every article's metrics, then each fact stated in several
/// articles made one figure (`IssueFigureMerger`).
public enum IssueMetrics {
    /// The scorecards with every article's metrics worked out afresh from its paragraphs and
    /// headline. `date` is the issue's date (ISO 8601): the issue reports on the year before
    /// it, and days written without a year are placed against it.
    public static func derive(_ scorecards: [Scorecard], date: String?) -> [Scorecard] {
        let reportYear = date.flatMap { Int($0.prefix(4)) }.map { $0 - 1 }
        var cards = scorecards
        var fromHeadline: [String: Set<Int>] = [:]
        for c in cards.indices {
            for a in cards[c].articles.indices {
                let article = cards[c].articles[a]
                let extracted = MetricExtractor.extractLabelled(
                    paragraphs: article.paragraphs, reportYear: reportYear, headline: article.headline, issueDate: date)
                cards[c].articles[a].metrics = extracted.metrics
                fromHeadline[article.id] = extracted.fromHeadline
            }
        }
        IssueFigureMerger.merge(&cards, fromHeadline: fromHeadline)
        return cards
    }
}

/// One fact, one figure across the issue: a figure stated again in another article (a card's
/// lead repeating its articles, or one page repeating another) is merged into its first
/// statement. The first keeps the most specific label (a headline's wording, else the
/// longer), every source (marked with its article), and the union of qualifiers, scope and
/// changes; the later statement stays in its article, marked `sameAs` the first, with the
/// merged fields, so its article still finds it.
///
/// Two statements are one fact when value, unit and kind are equal, year and change do not
/// contradict (equal, or one unstated), and the wording overlaps: the labels are equal, one
/// holds the other, or they share a run of at least four characters that is at least half of
/// the shorter ("招商引资总额" / "招商引资实际到位资金"); or both state the same change.
enum IssueFigureMerger {
    private struct Place: Hashable {
        var card: Int
        var article: Int
        var metric: Int
    }

    private struct Key: Hashable {
        var value: Double
        var unit: String
    }

    static func merge(_ cards: inout [Scorecard], fromHeadline: [String: Set<Int>]) {
        var firsts: [Key: [Place]] = [:]
        var headlineLabel = Set<Place>()
        var duplicates: [(place: Place, first: Place)] = []
        for c in cards.indices {
            for a in cards[c].articles.indices {
                let article = cards[c].articles[a]
                for m in article.metrics.indices {
                    let place = Place(card: c, article: a, metric: m)
                    if fromHeadline[article.id]?.contains(m) == true { headlineLabel.insert(place) }
                    let metric = article.metrics[m]
                    let key = Key(value: metric.value, unit: metric.unit)
                    let earlier = firsts[key]?.first { first in
                        (first.card, first.article) != (c, a) && isSameFact(cards[first.card].articles[first.article].metrics[first.metric], metric)
                    }
                    guard let first = earlier else {
                        firsts[key, default: []].append(place)
                        continue
                    }
                    var merged = cards[first.card].articles[first.article].metrics[first.metric]
                    if headlineLabel.contains(place) && !headlineLabel.contains(first)
                        || !headlineLabel.contains(first) && !headlineLabel.contains(place)
                        && metric.label.unicodeScalars.count > merged.label.unicodeScalars.count {
                        merged.label = metric.label
                        if headlineLabel.contains(place) { headlineLabel.insert(first) }
                    }
                    MetricMerger.absorb(metric, into: &merged)
                    merged.sources += metric.sources.map { source in
                        var moved = source
                        moved.article = moved.article ?? article.id
                        return moved
                    }
                    cards[first.card].articles[first.article].metrics[first.metric] = merged
                    cards[c].articles[a].metrics[m].sameAs = cards[first.card].articles[first.article].metricID(first.metric)
                    duplicates.append((place, first))
                }
            }
        }
        // Every statement of a fact reads the same wherever it is shown.
        for (place, first) in duplicates {
            let merged = cards[first.card].articles[first.article].metrics[first.metric]
            var metric = cards[place.card].articles[place.article].metrics[place.metric]
            metric.label = merged.label
            metric.changePercent = merged.changePercent
            metric.qualifiers = merged.qualifiers
            metric.scope = merged.scope
            metric.basis = merged.basis
            metric.year = merged.year
            metric.period = merged.period
            cards[place.card].articles[place.article].metrics[place.metric] = metric
        }
    }

    static func isSameFact(_ a: Metric, _ b: Metric) -> Bool {
        guard a.value == b.value, a.unit == b.unit, a.kind == b.kind, a.sameAs == nil,
              agree(a.changePercent, b.changePercent), agree(a.year, b.year) else { return false }
        if let change = a.changePercent, change == b.changePercent { return true }
        return wordingOverlaps(a.label, b.label)
    }

    static func wordingOverlaps(_ a: String, _ b: String) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a.contains(b) || b.contains(a) { return true }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let shared = longestCommonRun(x, y)
        return shared >= 4 && shared * 2 >= min(x.count, y.count)
    }

    private static func longestCommonRun(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
        var best = 0
        var previous = Array(repeating: 0, count: y.count + 1)
        for i in x.indices {
            var current = Array(repeating: 0, count: y.count + 1)
            for j in y.indices where x[i] == y[j] {
                current[j + 1] = previous[j] + 1
                best = max(best, current[j + 1])
            }
            previous = current
        }
        return best
    }

    private static func agree<T: Equatable>(_ a: T?, _ b: T?) -> Bool {
        guard let a, let b else { return true }
        return a == b
    }
}
