/// Accumulates an issue line by line; the parser's state machine.
struct IssueBuilder {
    private(set) var scorecards: [ScorecardDraft] = []
    private(set) var warnings: [ParseWarning] = []
    private var title: String?
    private var publication: String?
    private var number: String?
    private var date: String?
    private var source: String?
    private var page: String?
    /// Headline lines read but not yet followed by a paragraph.
    private var pendingHeadline: [SourceLine] = []
    private var lastContentLine: SourceLine?

    struct ScorecardDraft {
        var word: String
        var name: String
        var page: String?
        var heading: SourceLine
        var articles: [ArticleDraft] = []
    }

    struct ArticleDraft {
        var headline: [String]
        var headlineLine: Int
        var paragraphs: [String] = []
    }

    mutating func take(_ role: LineRole, _ line: SourceLine) throws(IssueLoadError) {
        switch role {
        case .blank, .footer, .pageNumber:
            return
        case .title(let publication, let number):
            if title == nil {
                title = String(line.text)
                self.publication = publication
                self.number = number
            }
        case .pageChrome(let source, let date):
            if self.source == nil { self.source = source }
            if let date { self.date = date }
        case .pageHeader(let date):
            if self.date == nil { self.date = date }
        case .pageMarker(let marker):
            page = marker
        case .scorecardHeading(let word, let name):
            try closeScorecard()
            if let previous = scorecards.first(where: { $0.word == word }) {
                throw .notAnIssue(
                    reason: "\(name) appears twice (first on line \(previous.heading.number))",
                    line: line.number, column: line.column, lineText: String(line.original))
            }
            scorecards.append(ScorecardDraft(word: word, name: name, page: page, heading: line))
            page = nil
        case .headline:
            guard !scorecards.isEmpty else { return }
            pendingHeadline.append(line)
            lastContentLine = line
        case .paragraph:
            guard !scorecards.isEmpty else { return }
            try Self.checkLength(line)
            try takeParagraph(line)
            lastContentLine = line
        }
    }

    /// A paragraph either continues the current article or, after headline lines, starts a
    /// new one. More than two short lines in a row: the last two are the next headline and
    /// the ones before were short paragraphs of the article before.
    private mutating func takeParagraph(_ line: SourceLine) throws(IssueLoadError) {
        let index = scorecards.count - 1
        if !pendingHeadline.isEmpty {
            let headline = pendingHeadline.suffix(2)
            let leftovers = pendingHeadline.dropLast(headline.count)
            pendingHeadline = []
            if !leftovers.isEmpty {
                if scorecards[index].articles.isEmpty {
                    // Right after the heading the first lines are the lead headline.
                    let lead = Array(leftovers.prefix(2)) 
                    var draft = ArticleDraft(headline: lead.map { String($0.text) }, headlineLine: lead[0].number)
                    draft.paragraphs = leftovers.dropFirst(2).map { String($0.text) }
                    scorecards[index].articles.append(draft)
                } else {
                    let last = scorecards[index].articles.count - 1
                    scorecards[index].articles[last].paragraphs += leftovers.map { String($0.text) }
                }
            }
            scorecards[index].articles.append(
                ArticleDraft(headline: headline.map { String($0.text) }, headlineLine: headline.first?.number ?? line.number))
        }
        guard !scorecards[index].articles.isEmpty else {
            let card = scorecards[index]
            throw .notAnIssue(
                reason: "expected the lead headline of \(card.name) (line \(card.heading.number)) before this paragraph",
                line: line.number, column: line.column, lineText: String(line.original))
        }
        let last = scorecards[index].articles.count - 1
        scorecards[index].articles[last].paragraphs.append(String(line.text))
    }

    /// Refuses a paragraph over `IssueParser.paragraphLimit`, the caret at its start.
    private static func checkLength(_ line: SourceLine) throws(IssueLoadError) {
        // A scalar takes at least one byte: most paragraphs are settled by their byte count.
        guard line.text.utf8.count > IssueParser.paragraphLimit else { return }
        let length = line.text.unicodeScalars.count
        guard length > IssueParser.paragraphLimit else { return }
        throw .notAnIssue(
            reason: "paragraph too long: \(length) characters, the limit is \(IssueParser.paragraphLimit)",
            line: line.number, column: line.column, lineText: String(line.original.prefix(line.column + 200)))
    }

    /// Headline lines with no paragraph after them, at the end of a scorecard.
    private mutating func closeScorecard() throws(IssueLoadError) {
        guard !pendingHeadline.isEmpty, let index = scorecards.indices.last else { return }
        let headline = pendingHeadline.prefix(2)
        warnings.append(ParseWarning(
            .missingText(headline: headline.map { String($0.text) }.joined(separator: " ")), line: headline.first?.number))
        scorecards[index].articles.append(
            ArticleDraft(headline: headline.map { String($0.text) }, headlineLine: headline.first?.number ?? 0))
        pendingHeadline = []
    }

    mutating func finish(lines: [SourceLine]) throws(IssueLoadError) -> IssueDocument {
        try closeScorecard()
        guard !scorecards.isEmpty else {
            let first = lines.first(where: { !$0.text.isEmpty })
            throw .notAnIssue(
                reason: "no scorecard heading (such as 发展成绩单:) found",
                line: first?.number ?? 1, column: first?.column ?? 1, lineText: String(first?.original ?? ""))
        }
        noteTruncation()
        var cards: [Scorecard] = []
        for (position, draft) in scorecards.enumerated() {
            let id = ScorecardKind(word: draft.word)?.rawValue ?? "scorecard-\(position + 1)"
            if draft.articles.isEmpty {
                warnings.append(ParseWarning(.noArticles(scorecard: draft.name), line: draft.heading.number))
            }
            let articles = draft.articles.enumerated().map { index, article in
                Article(id: "\(id)/\(index)", kind: index == 0 ? .lead : .article,
                        headline: article.headline, paragraphs: article.paragraphs)
            }
            cards.append(Scorecard(id: id, name: draft.name, page: draft.page,
                                   headline: articles.first?.headline ?? [], articles: articles))
        }
        // These supplements look back on the year before publication (`IssueMetrics`).
        return IssueDocument(title: title, publication: publication, number: number,
                             date: date, source: source, scorecards: IssueMetrics.derive(cards, date: date))
    }

    /// A file cut short shows as missing scorecards or a last paragraph that stops mid-sentence.
    private mutating func noteTruncation() {
        let words = scorecards.map(\.word)
        let standard = ScorecardKind.allCases.map(\.word)
        if words.count < standard.count, Array(standard.prefix(words.count)) == words {
            let missing = standard.dropFirst(words.count).map { "\($0)成绩单" }
            warnings.append(ParseWarning(.missingScorecards(present: words.count, missing: Array(missing))))
        }
        if let last = scorecards.last?.articles.last?.paragraphs.last,
           let final = last.last, !Self.sentenceEnd.contains(final) {
            warnings.append(ParseWarning(.midSentence(tail: String(last.suffix(12))), line: lastContentLine?.number))
        }
    }

    static let sentenceEnd: Set<Character> = ["。", "！", "？", "!", "?", "”", "」", "…", ".", "）", ")"]
}
