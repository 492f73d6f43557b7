import Foundation
import ScorecardsCore

/// One row of `Fixtures/figures.tsv`: a number of the bundled issue as a careful reader
/// decided it, with the reason.
struct FixtureRow {
    enum Status: String { case figure, same, not }

    var article: String
    var paragraph: Int
    /// The figure as printed, "#2" for the second of two equal texts in a paragraph.
    var figure: String
    var status: Status
    var sameAs: String
    /// Accepted wordings.
    var labels: [String]
    var value: Double?
    var unit: String
    var kind: String
    var change: Double?
    var qualifiers: String
    var basis: String
    var period: String
    var scope: String
    var reason: String

    /// "development/0 5 910亿元": how rows and `same_as` name a statement.
    var key: String { "\(article) \(paragraph) \(figure)" }
}

enum FigureFixture {
    static let path: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Fixtures/figures.tsv").path
    }()

    static func rows() throws -> [FixtureRow] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows: [FixtureRow] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") || line.hasPrefix("article\t") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 15, let paragraph = Int(f[1]), let status = FixtureRow.Status(rawValue: f[3]) else {
                throw FixtureError(line: String(line))
            }
            rows.append(FixtureRow(
                article: f[0], paragraph: paragraph, figure: f[2], status: status, sameAs: f[4],
                labels: f[5].split(separator: "|").map(String.init), value: Double(f[6]), unit: f[7], kind: f[8],
                change: Double(f[9]), qualifiers: f[10], basis: f[11], period: f[12], scope: f[13], reason: f[14]))
        }
        return rows
    }

    struct FixtureError: Error, CustomStringConvertible {
        var line: String
        var description: String { "bad fixture row: \(line)" }
    }

    /// The period as the fixture writes it: 2017, 2015-2017/年, 2017/年, 2018-01-05, or empty.
    static func periodText(_ metric: Metric) -> String {
        guard let period = metric.effectivePeriod else { return "" }
        if let date = period.date { return date }
        let years = period.start == period.end ? String(period.start) : "\(period.start)-\(period.end)"
        return period.perYear ? years + "/年" : years
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// Every statement of every figure of an issue, named the way the fixture names them.
struct IssueStatements {
    struct Place {
        var card: Int
        var article: Int
        var metric: Int
    }

    /// Statement key → the metric whose sources hold it.
    private(set) var owner: [String: Place] = [:]
    /// Canonical metric (no `sameAs`) → the keys of all its statements, first first.
    private(set) var statements: [String: [String]] = [:]
    private(set) var canonical: [String: Place] = [:]

    init(_ issue: IssueDocument) {
        // Occurrences are numbered by offset among equal texts of one paragraph.
        var offsets: [String: Set<Int>] = [:]
        var found: [(place: Place, sources: [(base: String, offset: Int)])] = []
        for (c, card) in issue.scorecards.enumerated() {
            for (a, article) in card.articles.enumerated() {
                for (m, metric) in article.metrics.enumerated() {
                    var sources: [(String, Int)] = []
                    for source in metric.sources {
                        let articleID = source.article ?? article.id
                        guard let paragraphs = issue.article(id: articleID)?.paragraphs,
                              paragraphs.indices.contains(source.paragraph) else { continue }
                        let scalars = Array(paragraphs[source.paragraph].unicodeScalars)
                        guard source.span.upperBound <= scalars.count else { continue }
                        let text = String(String.UnicodeScalarView(scalars[source.span]))
                        let base = "\(articleID) \(source.paragraph) \(text)"
                        offsets[base, default: []].insert(source.span.lowerBound)
                        sources.append((base, source.span.lowerBound))
                    }
                    found.append((Place(card: c, article: a, metric: m), sources))
                }
            }
        }
        func key(_ base: String, _ offset: Int) -> String {
            let n = (offsets[base] ?? []).sorted().firstIndex(of: offset).map { $0 + 1 } ?? 1
            return n > 1 ? "\(base)#\(n)" : base
        }
        for (place, sources) in found {
            let metric = issue.scorecards[place.card].articles[place.article].metrics[place.metric]
            let keys = sources.map { key($0.base, $0.offset) }
            for k in keys where owner[k] == nil || metric.sameAs == nil { owner[k] = place }
            if metric.sameAs == nil, let first = keys.first {
                statements[first] = keys
                canonical[first] = place
            }
        }
    }
}

/// The extractor's figures against the fixture: one line per disagreement.
struct FixtureComparison {
    var problems: [String] = []
    var rowsRight = 0
    var rows = 0
    var figuresRight = 0
    var figures = 0

    init(issue: IssueDocument, rows fixture: [FixtureRow]) {
        let found = IssueStatements(issue)
        var restated: [String: Set<String>] = [:]
        for row in fixture where row.status == .same { restated[row.sameAs, default: []].insert(row.key) }
        rows = fixture.count
        for row in fixture {
            var diffs: [String] = []
            switch row.status {
            case .not:
                if found.owner[row.key] != nil { diffs.append("listed as a figure (\(row.reason))") }
            case .same:
                if found.canonical[row.key] != nil {
                    diffs.append("listed apart from \(row.sameAs): a duplicate")
                } else if !(found.statements[row.sameAs] ?? []).contains(row.key) {
                    diffs.append("not merged into \(row.sameAs)")
                }
            case .figure:
                figures += 1
                guard let place = found.canonical[row.key] else {
                    diffs.append(found.owner[row.key] == nil ? "missing" : "not the first statement of its figure")
                    break
                }
                let metric = issue.scorecards[place.card].articles[place.article].metrics[place.metric]
                func check(_ field: String, _ actual: String, _ expected: String) {
                    if actual != expected { diffs.append("\(field) \(actual.isEmpty ? "∅" : actual) ≠ \(expected.isEmpty ? "∅" : expected)") }
                }
                if !row.labels.contains(metric.label) { diffs.append("label \(metric.label) ≠ \(row.labels.joined(separator: "|"))") }
                check("value", FigureFixture.number(metric.value), FigureFixture.number(row.value))
                check("unit", metric.unit, row.unit)
                check("kind", metric.kind.rawValue, row.kind)
                check("change", FigureFixture.number(metric.changePercent), FigureFixture.number(row.change))
                check("qualifiers", metric.qualifiers.joined(separator: ","), row.qualifiers)
                check("basis", metric.basis ?? "", row.basis)
                check("period", FigureFixture.periodText(metric), row.period)
                check("scope", metric.scope.joined(separator: ","), row.scope)
                let expected = [row.key] + (restated[row.key] ?? []).sorted()
                let actual = [row.key] + (found.statements[row.key] ?? []).dropFirst().sorted()
                check("sources", actual.joined(separator: "; "), expected.joined(separator: "; "))
            }
            if diffs.isEmpty {
                rowsRight += 1
                if row.status == .figure { figuresRight += 1 }
            } else {
                problems.append("\(row.key) [\(row.status.rawValue)]: " + diffs.joined(separator: "; "))
            }
        }
        let known = Set(fixture.map(\.key))
        for key in found.canonical.keys.sorted() where !known.contains(key) {
            problems.append("\(key): a figure the fixture does not list")
        }
    }

    var summary: String {
        let share = { (n: Int, d: Int) in d == 0 ? "–" : String(format: "%.1f%%", Double(n) / Double(d) * 100) }
        return "figures right: \(figuresRight)/\(figures) (\(share(figuresRight, figures))); "
            + "rows right, with non-figures and restatements: \(rowsRight)/\(rows) (\(share(rowsRight, rows)))"
    }
}
