/// `PinyinWordReadings.source` parsed once into a lookup keyed by first character.
struct PinyinWordTable: Sendable {
    static let shared = PinyinWordTable(source: PinyinWordReadings.source, readings: .shared)

    struct Word: Sendable, Equatable {
        let scalars: [UInt32]
        /// Syllable code per character.
        let primary: [UInt16]
        /// Second accepted syllable code per character, 0 when there is none.
        let alternate: [UInt16]
    }

    /// Words by first character, longest first.
    private let wordsByFirst: [UInt32: [Word]]
    /// One bit per BMP code point that starts a word, so most characters skip the dictionary.
    private let firstBits: [UInt64]
    /// Lines that could not be understood (kept for tests, never fatal).
    let rejectedLines: [String]
    let wordCount: Int
    /// Every word's characters, for `WordSegmenter`.
    var wordScalars: [[UInt32]] { wordsByFirst.values.flatMap { $0.map(\.scalars) } }

    init(source: String, readings: PinyinReadingTable) {
        var byFirst: [UInt32: [Word]] = [:]
        var rejected: [String] = []
        var count = 0
        // Parsed from UTF-8 bytes directly: this runs on the first search after launch.
        var source = source
        source.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                switch Self.parse(line, readings: readings) {
                case .skip: continue
                case .word(let word):
                    byFirst[word.scalars[0], default: []].append(word)
                    count += 1
                case .rejected: rejected.append(String(decoding: line, as: UTF8.self))
                }
            }
        }
        for key in byFirst.keys {
            byFirst[key]?.sort { $0.scalars.count > $1.scalars.count }
        }
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for key in byFirst.keys where key < 0x10000 {
            bits[Int(key >> 6)] |= 1 << UInt64(key & 63)
        }
        self.firstBits = bits
        self.wordsByFirst = byFirst
        self.rejectedLines = rejected
        self.wordCount = count
    }

    private enum Line {
        case skip, word(Word), rejected
    }

    /// One line: the word, then per character a syllable or two separated by `|`.
    private static func parse(_ line: UnsafeBufferPointer<UInt8>, readings: PinyinReadingTable) -> Line {
        var fields: [Range<Int>] = []
        var index = 0
        while index < line.count {
            while index < line.count && line[index] == 0x20 { index += 1 }
            let start = index
            while index < line.count && line[index] != 0x20 { index += 1 }
            if index > start { fields.append(start..<index) }
        }
        guard let first = fields.first else { return .skip }
        if line[first.lowerBound] == UInt8(ascii: "#") { return .skip }
        let scalars = String(decoding: UnsafeBufferPointer(rebasing: line[first]), as: UTF8.self).unicodeScalars.map(\.value)
        let syllables = fields.dropFirst()
        guard scalars.count >= 2, syllables.count == scalars.count else { return .rejected }
        var primary: [UInt16] = []
        var alternate: [UInt16] = []
        for field in syllables {
            var codes: [UInt16] = []
            var start = field.lowerBound
            for end in field.lowerBound...field.upperBound where end == field.upperBound || line[end] == UInt8(ascii: "|") {
                let letters = UnsafeBufferPointer(rebasing: line[start..<end])
                guard letters.count <= 8, let code = readings.code(forPacked: SyllablePacking.pack(letters)) else {
                    return .rejected
                }
                codes.append(code)
                start = end + 1
            }
            guard (1...2).contains(codes.count) else { return .rejected }
            primary.append(codes[0])
            alternate.append(codes.count == 2 ? codes[1] : 0)
        }
        return .word(Word(scalars: scalars, primary: primary, alternate: alternate))
    }

    /// Whether some word starts with `scalar`; a cheap test before `longestWord`.
    @inline(__always)
    func mayStartWord(_ scalar: UInt32) -> Bool {
        if scalar < 0x10000 {
            return firstBits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
        }
        return wordsByFirst[scalar] != nil
    }

    /// The longest word starting at `index` of `text`, if any.
    func longestWord(in text: UnsafeBufferPointer<UInt32>, at index: Int, end: Int, mask: UInt32) -> Word? {
        guard index < end, let candidates = wordsByFirst[text[index] & mask] else { return nil }
        for word in candidates where index + word.scalars.count <= end {
            var same = true
            for (k, scalar) in word.scalars.enumerated() where text[index + k] & mask != scalar {
                same = false
                break
            }
            if same { return word }
        }
        return nil
    }
}
