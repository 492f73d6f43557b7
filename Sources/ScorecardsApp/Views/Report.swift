import ScorecardsCore
import ScorecardsText

/// The plain-text report: every scorecard with its lead headline and its articles'
/// headlines, wrapped by the same rules as the dashboard. What `scorecards` prints when its
/// output is not a terminal, and what `scorecards report` prints.
public enum Report {
    public static func text(_ issue: IssueDocument, settings: Settings, width: Int = 80) -> String {
        let width = max(8, width)
        var out: [String] = []
        func wrapped(_ text: String, indent: String = "", hanging: String = "") {
            let safe = TerminalSafe.sanitize(settings.display(text))
            let indentWidth = DisplayWidth.of(indent, ambiguous: settings.ambiguous)
            for (i, line) in Wrap.lines(safe, width: width - indentWidth, ambiguous: settings.ambiguous).enumerated() {
                out.append((i == 0 ? indent : hanging) + String(line.text))
            }
        }
        wrapped(HeaderView.title(issue))
        if let source = issue.source { wrapped((settings.language == .zh ? "来源：" : "Source: ") + source) }
        for card in issue.scorecards {
            out.append("")
            wrapped(card.title)
            for article in card.articles {
                let marker = article.kind == .lead ? "■ " : "· "
                wrapped(article.joinedHeadline, indent: "  " + marker, hanging: "    ")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
