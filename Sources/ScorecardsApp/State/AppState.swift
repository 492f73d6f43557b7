import ScorecardsCore
import ScorecardsGrid

public enum Screen: Equatable, Sendable {
    case dashboard
    case reader(ReaderState)
    case metrics(MetricsState)
}

/// Everything the view needs, and nothing it can derive.
public struct AppState: Equatable, Sendable {
    /// Every open issue, oldest first.
    public private(set) var issues: [IssueDocument]
    /// Which of them the dashboard shows.
    public private(set) var shown: Int
    public var issue: IssueDocument { issues[shown] }
    /// Derived from the issues whenever the shown one changes.
    public private(set) var figures: IssueFigures
    /// Over every open issue; built on the first search, not at start-up.
    public private(set) var searchIndex: IssueSearch
    public var search = SearchState()
    /// Where each article was left, by issue (`ReadingMemory.key`) and article id.
    public var readingPositions: [String: [String: ReaderAnchor]] = [:]
    /// Focus and selections of issues shown earlier in this session, to return to.
    var visited: [Int: (focus: Int, panes: [PaneState])] = [:]
    public var size: Size
    public var settings: Settings
    public var focus: Int = 0
    public var panes: [PaneState]
    public var zoomed = false
    public var screen: Screen = .dashboard
    public var showingHelp = false
    /// The list of open issues (i), with its selection; nil when closed.
    public var issueList: Int?
    public var helpScroll = 0
    /// While issues are still being read beside the loop: how far it has got (the header
    /// shows it).
    public var loading: LoadProgress?
    /// A one-line note for the status bar (a parse warning, a copied figure…).
    public var message: String?
    public var quitting = false
    public var keyMap: KeyMap

    public init(
        issue: IssueDocument, size: Size, settings: Settings = Settings(), keyMap: KeyMap = .standard,
        warnings: [ParseWarning] = []
    ) {
        self.init(issues: [issue], size: size, settings: settings, keyMap: keyMap, warnings: warnings)
    }

    /// Several issues, oldest first; the newest is shown.
    public init(
        issues: [IssueDocument], size: Size, settings: Settings = Settings(), keyMap: KeyMap = .standard,
        warnings: [ParseWarning] = []
    ) {
        precondition(!issues.isEmpty, "the dashboard needs an issue")
        self.issues = issues
        self.shown = issues.count - 1
        self.figures = IssueFigures(issues, shown: issues.count - 1)
        self.searchIndex = IssueSearch(issues)
        let issue = issues[issues.count - 1]
        self.size = size
        self.settings = settings
        self.keyMap = keyMap
        self.panes = Array(repeating: PaneState(), count: issue.scorecards.count)
        if let first = warnings.first {
            message = settings.text(.warning(settings.text(.parseWarning(first.kind))))
                + (warnings.count > 1 ? " (+\(warnings.count - 1))" : "")
        }
    }

    public static func == (a: AppState, b: AppState) -> Bool {
        a.shown == b.shown && a.issues == b.issues && a.figures == b.figures && a.search == b.search
            && a.readingPositions == b.readingPositions && a.size == b.size && a.settings == b.settings
            && a.focus == b.focus && a.panes == b.panes && a.zoomed == b.zoomed && a.screen == b.screen
            && a.showingHelp == b.showingHelp && a.issueList == b.issueList && a.helpScroll == b.helpScroll && a.message == b.message && a.loading == b.loading
            && a.quitting == b.quitting && a.keyMap == b.keyMap
    }

    /// Shows issue `index`: the dashboard comes back to where it was on that issue, or
    /// starts at its top.
    public mutating func show(issue index: Int) {
        guard issues.indices.contains(index), index != shown else { return }
        visited[shown] = (focus, panes)
        shown = index
        figures = IssueFigures(issues, shown: index)
        if let back = visited[index] {
            focus = back.focus
            panes = back.panes
        } else {
            focus = 0
            panes = Array(repeating: PaneState(), count: issues[index].scorecards.count)
        }
        screen = .dashboard
    }

    /// Takes the full set of issues once they are loaded (start-up shows the newest first,
    /// then loads the rest): the shown issue stays shown, with its place.
    public mutating func replaceIssues(_ all: [IssueDocument]) {
        guard !all.isEmpty else { return }
        let key = ReadingMemory.key(for: issue)
        let index = all.lastIndex { ReadingMemory.key(for: $0) == key } ?? all.count - 1
        let place = (focus, panes)
        issues = all
        shown = index
        figures = IssueFigures(all, shown: index)
        searchIndex = IssueSearch(all)
        search.outcome = nil
        visited = [:]
        (focus, panes) = place
    }

    /// Where article `id` of the shown issue was left.
    public func readingPosition(_ id: String) -> ReaderAnchor? {
        readingPositions[ReadingMemory.key(for: issue)]?[id]
    }

    mutating func setReadingPosition(_ id: String, _ anchor: ReaderAnchor) {
        readingPositions[ReadingMemory.key(for: issue), default: [:]][id] = anchor
    }

    /// Which key context is active: the innermost view.
    public var context: KeyContext {
        if isEditing { return .prompt }
        return switch screen {
        case .dashboard: .dashboard
        case .reader: .reader
        case .metrics: .metrics
        }
    }

    /// Whether a text prompt has the keyboard: then every printable key is text.
    public var isEditing: Bool {
        if search.prompting { return true }
        if case .metrics(let metrics) = screen, metrics.filtering { return true }
        return false
    }
}
