/// Line_Break class of every code point (Unicode 15.0), with the two extra
/// facts the rules need. The data is in LineBreakTable+Data.swift.
enum LineBreakTable {
    private static let table = RangeTable(runs: encodedRuns)

    /// Code points the table covers; 0x110000 when the data is intact.
    static var coverage: UInt32 { table.coverage }

    static func unit(_ codePoint: UInt32) -> LineBreakUnit {
        let value = table[codePoint]
        switch value {
        case 42: return LineBreakUnit(cls: .op, eastAsianWide: true)
        case 43: return LineBreakUnit(cls: .cp, eastAsianWide: true)
        case 44: return LineBreakUnit(cls: .id, extendedPictographicUnassigned: true)
        default: return LineBreakUnit(cls: LineBreakClass(rawValue: value) ?? .xx)
        }
    }
}
