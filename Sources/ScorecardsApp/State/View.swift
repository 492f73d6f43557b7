/// One view on the stack, with its own state. Leaving a view pops it, so the view below
/// comes back exactly as it was left.
public enum View: Equatable, Sendable {
    case dashboard
    case reader(ReaderState)
    /// The figures table.
    case metrics(MetricsState)
    case issueList(IssueListState)
    case help(HelpState)
    case prompt(PromptState)

    /// How a view sits over the ones below it.
    public enum Layer: Sendable {
        /// Covers the whole screen.
        case screen
        /// Drawn over the screen below, which stays in sight around it.
        case overlay
        /// Takes the bottom row of the screen below.
        case prompt
    }

    public var layer: Layer {
        switch self {
        case .dashboard, .reader, .metrics: .screen
        case .issueList, .help: .overlay
        case .prompt: .prompt
        }
    }

    /// Where its keys are looked up.
    public var context: KeyContext {
        switch self {
        case .dashboard: .dashboard
        case .reader: .reader
        case .metrics: .metrics
        case .issueList: .issues
        case .help: .help
        case .prompt: .prompt
        }
    }
}
