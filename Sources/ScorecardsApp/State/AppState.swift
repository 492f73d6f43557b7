import ScorecardsCore
import ScorecardsGrid

public enum Screen: Equatable, Sendable {
    case dashboard
    case reader(ReaderState)
    case metrics(MetricsState)
}

/// Everything the view needs, and nothing it can derive.
public struct AppState: Equatable, Sendable {
    public var issue: IssueDocument {
        didSet {
            figures = IssueFigures(issue)
            searchIndex = IssueSearch(issue)
            search.outcome = nil
        }
    }
    /// Derived from `issue` whenever it changes.
    public private(set) var figures: IssueFigures
    public private(set) var searchIndex: IssueSearch
    public var search = SearchState()
    /// Where each article was left, by article id: reopening it goes back there.
    public var readingPositions: [String: ReaderAnchor] = [:]
    public var size: Size
    public var settings: Settings
    public var focus: Int = 0
    public var panes: [PaneState]
    public var zoomed = false
    public var screen: Screen = .dashboard
    public var showingHelp = false
    public var helpScroll = 0
    /// A one-line note for the status bar (a parse warning, a copied figure…).
    public var message: String?
    public var quitting = false
    public var keyMap: KeyMap

    public init(
        issue: IssueDocument, size: Size, settings: Settings = Settings(), keyMap: KeyMap = .standard,
        warnings: [ParseWarning] = []
    ) {
        self.issue = issue
        self.figures = IssueFigures(issue)
        self.searchIndex = IssueSearch(issue)
        self.size = size
        self.settings = settings
        self.keyMap = keyMap
        self.panes = Array(repeating: PaneState(), count: issue.scorecards.count)
        if let first = warnings.first {
            message = settings.text(.warning(settings.text(.parseWarning(first.kind))))
                + (warnings.count > 1 ? " (+\(warnings.count - 1))" : "")
        }
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
