/// A reported quantity found in one paragraph, before the year is resolved and duplicates
/// across paragraphs are merged.
struct Finding: Sendable {
    var figure: Figure
    var label: String
    var changePercent: Double?
    var isChangeOnly: Bool
    var qualifier: String?
    /// Set only when the sentence lists years for the figures ("2015年、2016年…分别为").
    var year: Int?
}

/// Figures written next to each other and shared out over one list of categories.
struct FigureList: Sendable {
    /// Indices into the findings of the paragraph.
    var members: [Int]
    var categories: Enumeration.Categories?
    var years: Enumeration.Years?
    /// The change phrase the figures follow ("同比下降"), for lists of changes.
    var changePhrase: String?
}
