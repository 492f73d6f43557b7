/// A reported quantity found in one paragraph, before the year is resolved and duplicates
/// across paragraphs are merged.
struct Finding: Sendable {
    var figure: Figure
    var label: String
    var changePercent: Double?
    var isChangeOnly: Bool
    /// Closest marker first, then a 预计 that governs the sentence.
    var qualifiers: [String]
    /// Set only when the sentence lists years for the figures ("2015年、2016年…分别为").
    var year: Int?
    /// 同口径 and the like, written after the change.
    var basis: String?
    var scope: [String] = []
    /// The words around a count with a noun after it.
    var phrase: CountPhrase?
    /// The label was read from text that starts right after a 、 following the figure before
    /// ("为大学生提供租赁房900套、免费创业工位1000个"): an item of the same list.
    var continuesList = false
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
