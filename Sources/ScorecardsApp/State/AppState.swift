import ScorecardsCore
import ScorecardsGrid

/// Everything the views need. What is derived from the rest (the shown issue's key figures
/// and its figures' catalogue, the reader's layout, the figures table's rows) is held as
/// values, worked out by the update when what it comes from changes, and only read while
/// drawing. The one exception is the search engine over the open issues, whose index is
/// built on the first search (an index of every article is too costly to build again for
/// each keystroke): by the first search job, beside the event loop, never in an update or
/// while drawing.
public struct AppState: Equatable, Sendable {
    /// Every open issue, oldest first.
    public private(set) var issues: [IssueDocument]
    /// Which of them the dashboard shows.
    public private(set) var shown: Int
    public var issue: IssueDocument { issues[shown] }
    /// Worked out from the issues whenever the shown one changes.
    public private(set) var figures: IssueFigures
    /// Over every open issue; its index is built on the first search, not at start-up.
    public private(set) var searchIndex: IssueSearch
    public var search = SearchState()
    /// Work under way beside the loop (a search, a find, measuring an article).
    public var work = WorkState()
    /// Line counts of articles read lately, at the geometry they were measured for.
    public var measures = MeasureStore()
    /// Every figure of the shown issue as the figures table lists them: made beside the loop
    /// when the table is first opened on the issue; nil until then.
    public internal(set) var figureCatalogue: FigureCatalogue?
    public var history = PromptHistory()
    /// Where each article was left, by issue (`ReadingMemory.key`) and article id.
    public var readingPositions: [String: [String: ReaderAnchor]] = [:]
    /// Focus and selections of issues shown earlier in this session, to return to.
    var visited: [Int: DashboardPlace] = [:]
    public var size: Size
    public var settings: Settings
    public var focus: Int = 0
    public var panes: [PaneState]
    public var zoomed = false
    /// The dashboard and whatever has been opened over it.
    public var views = ViewStack()
    /// While issues are still being read beside the loop: how far it has got (the header
    /// shows it).
    public var loading: LoadProgress?
    /// A one-line note for the status bar (a parse warning, a copied figure, why a key did nothing).
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

    /// The full-screen view in sight: the dashboard, an article or the figures table.
    public var screen: View { views.screen }

    /// Which keys are active: those of the view on top.
    public var context: KeyContext { views.top.context }

    /// The prompt that has the keyboard, if one is open.
    public var prompt: PromptState? {
        if case .prompt(let prompt) = views.top { return prompt }
        return nil
    }

    /// Whether a text prompt has the keyboard: then every printable key is text.
    public var isEditing: Bool { prompt != nil }

    /// Shows issue `index`: the dashboard comes back to where it was on that issue, or
    /// starts at its top.
    public mutating func show(issue index: Int) {
        guard issues.indices.contains(index), index != shown else { return }
        visited[shown] = DashboardPlace(focus: focus, panes: panes)
        shown = index
        figures = IssueFigures(issues, shown: index)
        figureCatalogue = nil
        if let back = visited[index] {
            focus = back.focus
            panes = back.panes
        } else {
            focus = 0
            panes = Array(repeating: PaneState(), count: issues[index].scorecards.count)
        }
        views.popToDashboard()
    }

    /// Takes the full set of issues once they are loaded (start-up shows the newest first,
    /// then loads the rest): the shown issue stays shown, with its place, and an open list
    /// of issues stays on the issue it had selected.
    public mutating func replaceIssues(_ all: [IssueDocument]) {
        guard !all.isEmpty else { return }
        let key = ReadingMemory.key(for: issue)
        let index = all.lastIndex { ReadingMemory.key(for: $0) == key } ?? all.count - 1
        let selectedKeys = views.views.compactMap { view -> String? in
            guard case .issueList(let list) = view, issues.indices.contains(issues.count - 1 - list.selection) else { return nil }
            return ReadingMemory.key(for: issues[issues.count - 1 - list.selection])
        }
        let place = DashboardPlace(focus: focus, panes: panes)
        issues = all
        shown = index
        figures = IssueFigures(all, shown: index)
        figureCatalogue = nil
        searchIndex = IssueSearch(all)
        search.outcome = nil
        search.pending = nil
        visited = [:]
        (focus, panes) = (place.focus, place.panes)
        // A search prompt's outcome to put back belongs to the issues as they were.
        views.update { view in
            if case .prompt(var prompt) = view, case .search = prompt.before {
                prompt.before = .search(nil)
                view = .prompt(prompt)
            }
        }
        if let selected = selectedKeys.first, let position = all.lastIndex(where: { ReadingMemory.key(for: $0) == selected }) {
            views.update { view in
                if case .issueList(var list) = view {
                    list.selection = all.count - 1 - position
                    view = .issueList(list)
                }
            }
        }
    }

    /// Where article `id` of the shown issue was left.
    public func readingPosition(_ id: String) -> ReaderAnchor? {
        readingPositions[ReadingMemory.key(for: issue)]?[id]
    }

    mutating func setReadingPosition(_ id: String, _ anchor: ReaderAnchor) {
        readingPositions[ReadingMemory.key(for: issue), default: [:]][id] = anchor
    }
}

/// Where the dashboard stood on one issue: the focused pane and each pane's selection.
struct DashboardPlace: Equatable, Sendable {
    var focus: Int
    var panes: [PaneState]
}
