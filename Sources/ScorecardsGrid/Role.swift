/// What a cell shows, not how it looks: the theme turns roles into colours and attributes,
/// so views never pick colours and NO_COLOR or a monochrome terminal still read.
public enum Role: UInt8, CaseIterable, Sendable {
    case normal
    case dim
    case header
    case border
    case borderFocused
    case title
    case titleFocused
    case lead
    case item
    /// The selected row of the focused pane.
    case selection
    /// The selected row of a pane without focus.
    case selectionInactive
    /// A selected row dimmed because a search found nothing in it, in any pane.
    case selectionDimmed
    case headline
    case meta
    case body
    case figureLabel
    case figureValue
    case rise
    case fall
    /// The bars of a change: marks, so they may be lighter than text in the same colour.
    case riseBar
    case fallBar
    /// A fall bar's partial cell, drawn as the complementary glyph with the colours swapped.
    case fallBarReversed
    /// The same inside the selected row.
    case selectionReversed
    case sparkline
    case sparklineDerived
    case match
    case matchCurrent
    case statusBar
    case statusKey
    case prompt
    /// The insertion point of a text prompt.
    case cursor
    case message
    case warning
    case error
    case overlay
    case overlayKey
    case tab
    case tabActive
}

extension Role {
    /// Roles drawn as another role with foreground and background swapped: a glyph that
    /// fills part of a cell from the left, reversed, fills the rest from the right.
    public var reversedOf: Role? {
        switch self {
        case .fallBarReversed: .fallBar
        case .selectionReversed: .selection
        default: nil
        }
    }
}
