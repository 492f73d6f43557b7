/// The `scorecards-export/1` JSON document of the command-line contract.
public enum IssueExport {
    public static let format = "scorecards-export/1"

    public static func json(_ issue: IssueDocument) -> JSONValue {
        .object([
            ("format", .string(format)),
            ("issue", .object([
                ("title", .optional(issue.title)),
                ("publication", .optional(issue.publication)),
                ("number", .optional(issue.number)),
                ("date", .optional(issue.date)),
                ("source", .optional(issue.source)),
            ])),
            ("scorecards", .array(issue.scorecards.map(scorecard))),
        ])
    }

    public static func text(_ issue: IssueDocument) -> String {
        JSONWriter.write(json(issue)) + "\n"
    }

    static func scorecard(_ card: Scorecard) -> JSONValue {
        .object([
            ("id", .string(card.id)),
            ("name", .string(card.name)),
            ("page", .optional(card.page)),
            ("headline", .array(card.headline.map(JSONValue.string))),
            ("articles", .array(card.articles.map(article))),
        ])
    }

    static func article(_ article: Article) -> JSONValue {
        .object([
            ("id", .string(article.id)),
            ("kind", .string(article.kind.rawValue)),
            ("headline", .array(article.headline.map(JSONValue.string))),
            ("paragraphs", .array(article.paragraphs.map(JSONValue.string))),
            ("metrics", .array(article.metrics.enumerated().map { index, metric in
                self.metric(metric, id: article.metricID(index))
            })),
        ])
    }

    public static func metric(_ metric: Metric, id: String) -> JSONValue {
        let first = metric.sources.first
        return .object([
            ("id", .string(id)),
            ("label", .string(metric.label)),
            ("value", .number(metric.value)),
            ("unit", .string(metric.unit)),
            ("change_percent", .optional(metric.changePercent)),
            ("qualifier", .optional(metric.qualifier)),
            ("year", .optional(metric.year)),
            ("paragraph", .optional(first?.paragraph)),
            ("span", first.map { .array([.number(Double($0.span.lowerBound)), .number(Double($0.span.upperBound))]) } ?? .null),
            // Added field: every place the figure is stated; the first is `paragraph`/`span`.
            // A source in another article of the issue names it.
            ("sources", .array(metric.sources.map { source in
                var pairs: [(String, JSONValue)] = [
                    ("paragraph", .number(Double(source.paragraph))),
                    ("span", .array([.number(Double(source.span.lowerBound)), .number(Double(source.span.upperBound))])),
                ]
                if let article = source.article { pairs.append(("article", .string(article))) }
                return .object(pairs)
            })),
            // Added fields: what sort of figure it is, every qualifier, the basis of the change,
            // the period, the scope, the value in the base unit, and the first statement of
            // the same fact when this is a later one.
            ("kind", .string(metric.kind.rawValue)),
            ("qualifiers", .array(metric.qualifiers.map(JSONValue.string))),
            ("basis", .optional(metric.basis)),
            ("period", metric.effectivePeriod.map(period) ?? .null),
            ("scope", .array(metric.scope.map(JSONValue.string))),
            ("base_value", .number(metric.normalizedValue)),
            ("base_unit", .string(metric.parsedUnit.base)),
            ("same_as", .optional(metric.sameAs)),
        ])
    }

    static func period(_ period: MetricPeriod) -> JSONValue {
        .object([
            ("start", .number(Double(period.start))),
            ("end", .number(Double(period.end))),
            ("per_year", .bool(period.perYear)),
            ("date", .optional(period.date)),
        ])
    }
}
