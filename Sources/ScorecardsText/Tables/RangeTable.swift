/// A per-code-point property (one small value for each of U+0000...U+10FFFF),
/// decoded once from the compact run-length text the generator writes.
///
/// Format: a sequence of runs over the code space in order, each run one
/// character for the value (its index in `alphabet`) followed by the run length
/// as base-32 digits, least significant first, each digit a character of
/// `alphabet` with 32 added while more digits follow. Newlines are ignored.
/// A string literal keeps the generated source quick to compile, where an array
/// literal of thousands of elements would not be.
struct RangeTable: Sendable {
    /// First code point of each run, ascending.
    private let starts: [UInt32]
    private let values: [UInt8]
    /// The Basic Multilingual Plane spelled out, so most look-ups are one index.
    private let bmp: [UInt8]
    /// Code points the runs covered; 0x110000 for a well-formed table.
    let coverage: UInt32

    init(runs encoded: String) {
        var starts: [UInt32] = []
        var values: [UInt8] = []
        var next: UInt32 = 0
        var iterator = encoded.utf8.makeIterator()
        while let byte = RangeTable.nextDigit(&iterator) {
            var length: UInt32 = 0
            var shift: UInt32 = 0
            while let digit = RangeTable.nextDigit(&iterator) {
                length |= UInt32(digit & 31) << shift
                shift += 5
                if digit & 32 == 0 || shift > 25 { break }
            }
            guard length > 0 else { continue }
            starts.append(next)
            values.append(byte)
            next &+= length
        }
        if starts.isEmpty {
            starts = [0]
            values = [0]
        }
        self.starts = starts
        self.values = values
        self.coverage = next

        var bmp = [UInt8](repeating: 0, count: 0x10000)
        for run in starts.indices where starts[run] < 0x10000 {
            let end = run + 1 < starts.count ? min(starts[run + 1], 0x10000) : 0x10000
            let value = values[run]
            for cp in Int(starts[run])..<Int(end) { bmp[cp] = value }
        }
        self.bmp = bmp
    }

    /// Every run: its first code point and its value, in order.
    var runs: (starts: [UInt32], values: [UInt8]) { (starts, values) }

    /// The runs holding `value`, as [first, last] code point pairs.
    func ranges(of value: UInt8) -> [UInt32] {
        var pairs: [UInt32] = []
        for run in starts.indices where values[run] == value {
            let end = run + 1 < starts.count ? starts[run + 1] : coverage
            pairs += [starts[run], end - 1]
        }
        return pairs
    }

    subscript(codePoint: UInt32) -> UInt8 {
        if codePoint < 0x10000 { return bmp[Int(codePoint)] }
        // Last run whose start is <= codePoint.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= codePoint { low = mid } else { high = mid - 1 }
        }
        return values[low]
    }

    private static func nextDigit(_ iterator: inout String.UTF8View.Iterator) -> UInt8? {
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte - UInt8(ascii: "A")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - UInt8(ascii: "a") + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0") + 52
            case UInt8(ascii: "+"): return 62
            case UInt8(ascii: "/"): return 63
            default: continue
            }
        }
        return nil
    }
}
