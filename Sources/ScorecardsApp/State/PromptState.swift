/// A one-line prompt on the bottom row, with the keyboard while it is open. What it edits
/// takes effect on the view below it at every keystroke.
public struct PromptState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// Search every open issue (the dashboard's `/`).
        case search
        /// Find in the article being read (the reader's `/`).
        case find
        /// Filter the figures table.
        case filter

        /// Searches and finds share their history; filters keep their own.
        var history: PromptHistory.Kind {
            switch self {
            case .search, .find: .queries
            case .filter: .filters
            }
        }
    }

    /// What the prompt's typing changes, as it was when the prompt opened: Esc puts it back.
    public enum Before: Equatable, Sendable {
        case search(SearchOutcome?)
        case reader(ReaderState)
        case metrics(MetricsState)
    }

    public var purpose: Purpose
    public var editor: LineEditor
    public var before: Before

    public init(_ purpose: Purpose, editor: LineEditor = LineEditor(), before: Before) {
        self.purpose = purpose
        self.editor = editor
        self.before = before
    }
}

/// What was typed into prompts before, for ↑ and ↓.
public struct PromptHistory: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case queries, filters }

    public var queries: [String] = []
    public var filters: [String] = []

    public init() {}

    subscript(kind: Kind) -> [String] {
        get { kind == .queries ? queries : filters }
        set { if kind == .queries { queries = newValue } else { filters = newValue } }
    }
}
