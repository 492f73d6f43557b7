import ArgumentParser
import ScorecardsCore
import ScorecardsText
import Foundation

struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Print every figure of the issue: a table, CSV or JSON.")

    @OptionGroup var source: IssueChoice

    @Flag(help: "Comma-separated values, with a header row.")
    var csv = false

    @Flag(help: "A JSON array of the export's metric objects, each with its article and scorecard.")
    var json = false

    func validate() throws {
        if csv && json { throw ValidationError("choose one of --csv and --json") }
    }

    struct Row {
        var id, scorecard, article, label, figure, unit, change, qualifier, year, paragraph: String
        var metric: Metric
    }

    /// One row per fact: a figure stated again elsewhere in the issue (`Metric.sameAs`) is
    /// the row of its first statement, which lists every statement's article.
    func run() throws {
        let loaded = try source.load()
        IssueSource.report(loaded)
        var rows: [Row] = []
        for card in loaded.issue.scorecards {
            for article in card.articles {
                for (i, metric) in article.metrics.enumerated() where metric.sameAs == nil {
                    rows.append(Row(
                        id: article.metricID(i), scorecard: card.id, article: article.id, label: metric.label,
                        figure: KeyFigures.asWritten(metric, in: article), unit: metric.unit,
                        change: metric.changePercent.map(FigureFormat.change) ?? "",
                        qualifier: metric.qualifiers.joined(separator: "、"),
                        year: metric.year.map(String.init) ?? "", paragraph: metric.sources.first.map { String($0.paragraph) } ?? "",
                        metric: metric))
                }
            }
        }
        if json {
            let values: [JSONValue] = rows.map { row in
                guard case .object(var pairs) = IssueExport.metric(row.metric, id: row.id) else { return .null }
                pairs.insert(("article", .string(row.article)), at: 1)
                pairs.insert(("scorecard", .string(row.scorecard)), at: 2)
                return .object(pairs)
            }
            Stdout.write(JSONWriter.write(.array(values)) + "\n")
        } else if csv {
            // The first eleven columns as before; the figure fields added after them.
            let header = ["id", "scorecard", "article", "label", "value", "unit", "change_percent", "qualifier", "year",
                          "paragraph", "as_written", "kind", "qualifiers", "basis", "period_start", "period_end",
                          "per_year", "period_date", "scope", "base_value", "base_unit", "articles"]
            var lines = [header.joined(separator: ",")]
            for row in rows {
                let metric = row.metric
                let value = JSONWriter.number(metric.value)
                let change = metric.changePercent.map(JSONWriter.number) ?? ""
                let period = metric.effectivePeriod
                lines.append([row.id, row.scorecard, row.article, row.label, value, row.unit, change,
                              metric.qualifier ?? "", row.year, row.paragraph, row.figure,
                              metric.kind.rawValue, metric.qualifiers.joined(separator: " "), metric.basis ?? "",
                              period.map { String($0.start) } ?? "", period.map { String($0.end) } ?? "",
                              period.map { $0.perYear ? "true" : "false" } ?? "", period?.date ?? "",
                              metric.scope.joined(separator: " "), JSONWriter.number(metric.normalizedValue),
                              metric.parsedUnit.base, Self.articles(row).joined(separator: " ")]
                    .map(Self.csvField).joined(separator: ","))
            }
            Stdout.write(lines.joined(separator: "\r\n") + "\r\n")
        } else {
            let header = ["ID", "指标", "数值", "变化", "限定", "年份", "类型", "口径", "时期", "范围", "出处"]
            let table = rows.map { row in
                [row.id, row.label, row.metric.isChangeOnly ? "" : row.figure, row.change, row.qualifier, row.year,
                 Self.kindName(row.metric.kind), row.metric.basis ?? "", row.metric.period?.text ?? "",
                 row.metric.scope.joined(separator: "、"), Self.articles(row).joined(separator: " ")]
            }
            Stdout.write(Self.aligned([header] + table) + "\n")
        }
    }

    /// The articles that state the figure, its own first.
    static func articles(_ row: Row) -> [String] {
        var seen: [String] = []
        for source in row.metric.sources {
            let article = source.article ?? row.article
            if !seen.contains(article) { seen.append(article) }
        }
        return seen.isEmpty ? [row.article] : seen
    }

    static func kindName(_ kind: MetricKind) -> String {
        switch kind {
        case .level: "总量"
        case .count: "数量"
        case .rate: "比率"
        case .change: "仅变化"
        }
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break; controls made inert.
    static func csvField(_ text: String) -> String {
        let safe = TerminalSafe.sanitize(text)
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Columns padded by display width, so Chinese and ASCII line up.
    static func aligned(_ rows: [[String]]) -> String {
        let safe = rows.map { $0.map { TerminalSafe.sanitize($0) } }
        let columns = safe.first?.count ?? 0
        let widths = (0..<columns).map { c in safe.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
        return safe.map { row in
            var line = ""
            for (c, cell) in row.enumerated() {
                line += c == columns - 1 ? cell : Pad.left(cell, widths[c], ambiguous: .narrow) + "  "
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
