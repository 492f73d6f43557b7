/// Reads a `scorecards-export/1` document back into the model: how the bundled issue is
/// loaded without parsing its text at start-up.
public enum IssueImport {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    public static func issue(fromJSON text: String) throws(Failure) -> IssueDocument {
        let root: JSONValue
        do {
            root = try JSONReader.parse(text)
        } catch {
            throw Failure(description: "invalid JSON at byte \(error.offset): \(error.reason)")
        }
        guard root["format"]?.stringValue == IssueExport.format else {
            throw Failure(description: "not a \(IssueExport.format) document")
        }
        let head = root["issue"]
        var issue = IssueDocument(
            title: head?["title"]?.stringValue, publication: head?["publication"]?.stringValue,
            number: head?["number"]?.stringValue, date: head?["date"]?.stringValue,
            source: head?["source"]?.stringValue)
        for card in root["scorecards"]?.arrayValue ?? [] {
            guard let id = card["id"]?.stringValue, let name = card["name"]?.stringValue else {
                throw Failure(description: "a scorecard without id or name")
            }
            var articles: [Article] = []
            for item in card["articles"]?.arrayValue ?? [] {
                guard let articleID = item["id"]?.stringValue,
                      let kind = item["kind"]?.stringValue.flatMap(ArticleKind.init(rawValue:)) else {
                    throw Failure(description: "an article without id or kind in \(id)")
                }
                articles.append(Article(
                    id: articleID, kind: kind, headline: strings(item["headline"]),
                    paragraphs: strings(item["paragraphs"]),
                    metrics: (item["metrics"]?.arrayValue ?? []).compactMap(metric)))
            }
            issue.scorecards.append(Scorecard(
                id: id, name: name, page: card["page"]?.stringValue,
                headline: strings(card["headline"]), articles: articles))
        }
        return issue
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        (value?.arrayValue ?? []).compactMap(\.stringValue)
    }

    private static func metric(_ value: JSONValue) -> Metric? {
        guard let label = value["label"]?.stringValue, let number = value["value"]?.numberValue,
              let unit = value["unit"]?.stringValue else { return nil }
        let sources = (value["sources"]?.arrayValue ?? []).compactMap(source)
        let year = value["year"]?.numberValue.flatMap { Int(exactly: $0) }
        // Documents written before the added fields: the kind follows from the unit and
        // change, and the one qualifier is the list.
        let qualifiers = value["qualifiers"]?.arrayValue.map { $0.compactMap(\.stringValue) }
        var period = value["period"].flatMap(self.period)
        // A period of the figure's one year says no more than `year`.
        if let found = period, found == MetricPeriod(year: found.start), found.start == year { period = nil }
        return Metric(
            label: label, value: number, unit: unit,
            changePercent: value["change_percent"]?.numberValue,
            qualifier: value["qualifier"]?.stringValue,
            qualifiers: qualifiers,
            year: year,
            kind: value["kind"]?.stringValue.flatMap(MetricKind.init(rawValue:)),
            basis: value["basis"]?.stringValue,
            period: period,
            scope: (value["scope"]?.arrayValue ?? []).compactMap(\.stringValue),
            sameAs: value["same_as"]?.stringValue,
            sources: sources)
    }

    private static func period(_ value: JSONValue) -> MetricPeriod? {
        guard let start = value["start"]?.numberValue.flatMap({ Int(exactly: $0) }),
              let end = value["end"]?.numberValue.flatMap({ Int(exactly: $0) }) else { return nil }
        return MetricPeriod(start: start, end: end, perYear: value["per_year"]?.boolValue ?? false,
                            date: value["date"]?.stringValue)
    }

    private static func source(_ value: JSONValue) -> MetricSource? {
        guard let paragraph = value["paragraph"]?.numberValue.flatMap({ Int(exactly: $0) }),
              let span = value["span"]?.arrayValue, span.count == 2,
              let lower = span[0].numberValue.flatMap({ Int(exactly: $0) }),
              let upper = span[1].numberValue.flatMap({ Int(exactly: $0) }), lower <= upper else { return nil }
        return MetricSource(paragraph: paragraph, span: lower..<upper, article: value["article"]?.stringValue)
    }
}
