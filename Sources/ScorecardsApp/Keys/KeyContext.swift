/// Where a binding applies. Lookup goes from the most specific context to `global`.
public enum KeyContext: String, Sendable, CaseIterable {
    case global, dashboard, reader, metrics, prompt
}
