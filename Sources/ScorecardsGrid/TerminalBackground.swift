/// Whether the terminal's background is dark or light: which theme reads on it.
public enum TerminalBackground: String, Equatable, Sendable, CaseIterable {
    case dark, light
}
