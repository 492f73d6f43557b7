/// glibc's `wcwidth` for every code point (glibc 2.36, C.UTF-8), with the East
/// Asian Ambiguous characters marked. The data is in WidthTable+Data.swift.
enum WidthTable {
    private static let table = RangeTable(runs: encodedRuns)

    /// Code points the table covers; 0x110000 when the data is intact.
    static var coverage: UInt32 { table.coverage }

    /// glibc's value: -1, 0, 1 or 2.
    @inline(__always)
    static func glibcWidth(_ codePoint: UInt32) -> Int {
        switch table[codePoint] {
        case 0: return -1
        case 1: return 0
        case 2, 4: return 1
        default: return 2
        }
    }

    /// glibc's value, except that East Asian Ambiguous characters of width 1
    /// count as 2 when the terminal draws them wide.
    @inline(__always)
    static func width(_ codePoint: UInt32, ambiguous: AmbiguousWidth) -> Int {
        switch table[codePoint] {
        case 0: return -1
        case 1: return 0
        case 2: return 1
        case 4: return ambiguous == .wide ? 2 : 1
        default: return 2
        }
    }

    /// The table as runs: each run's first code point and its width (-1, 0, 1 or 2, the
    /// ambiguous characters at 1).
    static var widthRuns: (starts: [UInt32], widths: [Int8]) {
        let (starts, values) = table.runs
        return (starts, values.map { value in
            switch value {
            case 0: -1
            case 1: 0
            case 2, 4: 1
            default: 2
            }
        })
    }

    /// The East Asian Ambiguous characters of glibc width 1, as [first, last] pairs.
    static var ambiguousRanges: [UInt32] { table.ranges(of: 4) }

    /// Whether the code point is East Asian Ambiguous with glibc width 1.
    static func isAmbiguous(_ codePoint: UInt32) -> Bool {
        table[codePoint] == 4
    }
}
