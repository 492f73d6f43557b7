import Foundation

/// Where each normalised scalar came from in the original text, as scalar offsets.
struct SourceMap: Sendable {
    var starts: [Int32]
    var ends: [Int32]

    /// Original range covered by normalised scalars `range`.
    func original(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= starts.count else { return 0..<0 }
        return Int(starts[range.lowerBound])..<Int(ends[range.upperBound - 1])
    }
}

/// Text in the form both sides are compared in: NFC, then `CharacterFolding`, with
/// whitespace removed so that `党建引领 多元善治` and `党建引领多元善治` compare equal.
struct NormalizedText: Sendable {
    var scalars: [UInt32]
    /// Nil when normalised scalar i is original scalar i, the common case.
    var sourceMap: SourceMap?

    func original(_ range: Range<Int>) -> Range<Int> {
        sourceMap?.original(range) ?? range
    }
}

enum TextNormalizer {
    static func normalize(_ text: String) -> NormalizedText {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count / 3 + 4)
        var starts: [Int32]?
        var offset: Int32 = 0
        let variants = SimplifiedVariantTable.shared
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard CharacterFolding.isStable(value) else { return normalizeByCluster(text) }
            let folded = CharacterFolding.foldStable(value, variants)
            if folded == CharacterFolding.removed {
                if starts == nil { starts = Array(0..<Int32(scalars.count)) }
            } else {
                scalars.append(folded)
                starts?.append(offset)
            }
            offset += 1
        }
        guard let starts else { return NormalizedText(scalars: scalars, sourceMap: nil) }
        return NormalizedText(scalars: scalars, sourceMap: SourceMap(starts: starts, ends: starts.map { $0 + 1 }))
    }

    /// The general path: NFC one grapheme cluster at a time (canonical composition
    /// stays within a cluster), each resulting scalar mapped back to its whole cluster.
    private static func normalizeByCluster(_ text: String) -> NormalizedText {
        var scalars: [UInt32] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        var offset: Int32 = 0
        for character in text {
            let original = character.unicodeScalars
            let count = Int32(original.count)
            if count == 1, let only = original.first, CharacterFolding.isStable(only.value) {
                let folded = CharacterFolding.foldStable(only.value)
                if folded != CharacterFolding.removed {
                    scalars.append(folded)
                    starts.append(offset)
                    ends.append(offset + 1)
                }
            } else {
                let composed = String(character).precomposedStringWithCanonicalMapping
                for scalar in composed.unicodeScalars {
                    let folded = CharacterFolding.fold(scalar)
                    if folded != CharacterFolding.removed {
                        scalars.append(folded)
                        starts.append(offset)
                        ends.append(offset + count)
                    }
                }
            }
            offset += count
        }
        let identity = scalars.count == Int(offset)
            && starts.enumerated().allSatisfy { $0.element == Int32($0.offset) && ends[$0.offset] == $0.element + 1 }
        return NormalizedText(scalars: scalars, sourceMap: identity ? nil : SourceMap(starts: starts, ends: ends))
    }
}
