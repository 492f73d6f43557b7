/// One stated figure of a metric label in one issue, for series across issues.
public struct SeriesPoint: Equatable, Sendable {
    public var issueID: Int64
    public var issueDate: String?
    public var articleID: String
    /// The period the figure belongs to, when the text says.
    public var year: Int?
    /// As written, in `unit`.
    public var value: Double
    public var unit: String
    /// In `baseUnit`: 1060亿元 → 1.06e11 元.
    public var normalizedValue: Double
    public var baseUnit: String
}
