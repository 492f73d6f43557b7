/// Where a binding applies: one per kind of view, and `global` for every view. Lookup goes
/// from the view's own context to `global`.
public enum KeyContext: String, Sendable, CaseIterable {
    case global, dashboard, reader, metrics, prompt, issues, help

    /// The heading of the context's section in help, and its name in messages.
    public var title: Phrase {
        switch self {
        case .global: Phrase("任何时候", "Everywhere")
        case .dashboard: Phrase("总览", "Dashboard")
        case .reader: Phrase("阅读", "Reader")
        case .metrics: Phrase("数据", "Figures")
        case .prompt: Phrase("输入框（搜索、筛选）", "Prompts (search, filter)")
        case .issues: Phrase("各期列表", "List of issues")
        case .help: Phrase("帮助", "Help")
        }
    }

    /// The order of help's sections: the views first, the global keys last.
    public static let helpOrder: [KeyContext] = [.dashboard, .reader, .metrics, .issues, .prompt, .help, .global]
}
