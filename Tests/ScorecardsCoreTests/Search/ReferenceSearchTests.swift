import Testing
@testable import ScorecardsCore

/// Compares the index with a brute-force search over every field, for many generated
/// queries: the postings, pair blocks, skips and early exits must not lose or invent hits.
@Suite("Index agrees with brute force")
struct ReferenceSearchTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11 | state << 53
        }
    }

    /// The seed plus shuffled copies whose headlines carry a number, so that fields differ.
    static let corpus: [SearchDocument] = {
        var generator = Generator(state: 7)
        var documents = SearchSeedIssue.documents
        for copy in 1...2 {
            for document in SearchSeedIssue.documents.shuffled(using: &generator) {
                var changed = document
                changed.headline[changed.headline.count - 1] += "第\(copy)期"
                changed.paragraphs = changed.paragraphs.filter { _ in generator.next() % 3 != 0 }
                documents.append(changed)
            }
        }
        return documents
    }()

    static let index = SearchIndex(documents: corpus)

    static let syllableLetters: [[UInt8]] = [[]] + PinyinReadingTable.shared.syllables.map { Array($0.utf8) }

    static let fieldScalars: [[UInt32]] = {
        let storage = index.storage
        return (0..<storage.fieldCount).map { field in
            (storage.fieldStart[field]..<(storage.fieldStart[field + 1] - 1)).map { storage.text[$0] & PackedText.scalarMask }
        }
    }()

    /// Best tier per field by brute force: literal comparison, then every segmentation.
    static func reference(_ query: String, _ storage: IndexStorage) -> [Int: MatchTier] {
        let literal = TextNormalizer.normalize(query).scalars
        let atoms = pinyinAtoms(query)
        var result: [Int: MatchTier] = [:]
        guard !literal.isEmpty else { return result }
        for field in 0..<storage.fieldCount {
            let start = storage.fieldStart[field]
            let end = storage.fieldStart[field + 1] - 1
            let scalars = fieldScalars[field]
            var best: MatchTier?
            if literal.count <= scalars.count {
                for offset in 0...(scalars.count - literal.count) where Array(scalars[offset..<(offset + literal.count)]) == literal {
                    let tier: MatchTier = offset > 0 ? .substring : (literal.count == scalars.count ? .exact : .prefix)
                    best = min(best ?? tier, tier)
                }
            }
            if let atoms {
                for position in start..<end {
                    for tier in completions(atoms, storage, position, end, headline: storage.isHeadline(field)) {
                        best = min(best ?? tier, tier)
                    }
                }
            }
            if let best { result[field] = best }
        }
        return result
    }

    enum Atom: Equatable { case letter(UInt8, boundaryBefore: Bool), han(UInt32) }

    /// Query atoms for plain ASCII letters, apostrophes, spaces and Han characters; nil otherwise.
    static func pinyinAtoms(_ query: String) -> [Atom]? {
        var atoms: [Atom] = []
        var boundary = false
        for scalar in query.unicodeScalars {
            switch scalar.value {
            case 0x27, 0x20: boundary = true
            case 0x41...0x5A: atoms.append(.letter(UInt8(scalar.value + 32), boundaryBefore: boundary)); boundary = false
            case 0x61...0x7A: atoms.append(.letter(UInt8(scalar.value), boundaryBefore: boundary)); boundary = false
            case 0x4E00...0x9FFF: atoms.append(.han(scalar.value)); boundary = false
            default: return nil
            }
        }
        return atoms.contains { if case .letter = $0 { true } else { false } } ? atoms : nil
    }

    /// Tiers of every way the atoms can be spelled by characters starting at `position`,
    /// with the word rules: a match spelled in full is `pinyin` over whole words and
    /// `pinyinAcrossWords` otherwise; an abbreviated one is `initials` inside one word,
    /// else `pinyinAcrossWords` if some character took two letters, else (initials only)
    /// `initials` in a headline and nothing in a paragraph.
    static func completions(_ atoms: [Atom], _ storage: IndexStorage, _ position: Int, _ end: Int,
                            headline: Bool) -> [MatchTier] {
        var tiers: [MatchTier] = []
        let start = position
        func continues(_ at: Int) -> Bool { PackedText.continuesWord(storage.text[at]) }
        func ruled(abbreviated: Bool, spelled: Bool, last: Int) -> MatchTier? {
            let inside = (start + 1 ..< last + 1).allSatisfy(continues)
            let whole = inside || (!continues(start) && !continues(last + 1))
            if !abbreviated { return whole ? .pinyin : .pinyinAcrossWords }
            if inside { return .initials }
            if spelled { return .pinyinAcrossWords }
            return headline ? .initials : nil
        }
        func walk(_ position: Int, _ atom: Int, _ dirty: Bool, _ spelled: Bool, _ characters: Int) {
            guard position < end else { return }
            let element = storage.text[position]
            if case .han(let value) = atoms[atom] {
                if element & PackedText.scalarMask == value {
                    if atom + 1 == atoms.count {
                        ruled(abbreviated: dirty, spelled: spelled, last: position).map { tiers.append($0) }
                    } else {
                        walk(position + 1, atom + 1, dirty, spelled, characters + 1)
                    }
                }
                return
            }
            var readings = [PackedText.reading(element)]
            if let second = storage.alternates[position] { readings.append(Int(second)) }
            for code in readings where code != 0 {
                let letters = syllableLetters[code]
                guard case .letter(let first, _) = atoms[atom], letters.first == first else { continue }
                for length in 1...letters.count where atom + length <= atoms.count {
                    let fits = (0..<length).allSatisfy { k in
                        guard case .letter(let letter, let boundary) = atoms[atom + k] else { return false }
                        return letter == letters[k] && (k == 0 || !boundary)
                    }
                    guard fits else { continue }
                    let partial = length < letters.count
                    if atom + length == atoms.count {
                        ruled(abbreviated: dirty || (partial && characters == 0), spelled: spelled || length > 1,
                              last: position).map { tiers.append($0) }
                    } else {
                        walk(position + 1, atom + length, dirty || partial, spelled || length > 1, characters + 1)
                    }
                }
            }
        }
        walk(position, 0, false, false, 0)
        return tiers
    }

    static func actual(_ query: String, _ index: SearchIndex) -> [Int: MatchTier] {
        let results = index.search(query)
        var tiers: [Int: MatchTier] = [:]
        for position in results.hits.indices {
            let document = results.hits.document(at: position)
            guard let field = index.storage.fieldIndex(document: document, field: results.hits.field(at: position)) else { continue }
            tiers[field] = results.hits.tier(at: position)
        }
        return tiers
    }

    /// Queries cut from the corpus: literal pieces, and pinyin spellings of Han runs.
    static func queries(count: Int) -> [String] {
        var generator = Generator(state: 2018)
        let storage = index.storage
        var queries = ["gongshui", "gs", "jj", "zzz", "wuch", "武chang", "xian", "an", "e", "n", "gdp", "aaaa", "zhangjiang",
                       "changjiang", "zh", "shi", "ss", "zz", "yy", "yiy", "wu'chang", "wuc hang", "ddd"]
        while queries.count < count {
            let field = Int(generator.next() % UInt64(storage.fieldCount))
            let start = storage.fieldStart[field]
            let end = storage.fieldStart[field + 1] - 1
            guard end > start else { continue }
            let position = start + Int(generator.next() % UInt64(end - start))
            let kind = generator.next() % 5
            let length = 1 + Int(generator.next() % (kind == 0 ? 9 : 4))
            let run = (position..<min(end, position + length)).map { storage.text[$0] }
            if kind == 0 {
                queries.append(String(String.UnicodeScalarView(run.compactMap { Unicode.Scalar($0 & PackedText.scalarMask) })))
                continue
            }
            let syllables = run.compactMap { storage.readings.syllable(UInt16(PackedText.reading($0))) }
            guard syllables.count == run.count, !syllables.isEmpty else { continue }
            switch kind {
            case 1: queries.append(syllables.joined())
            case 2: queries.append(String(syllables.compactMap(\.first)))
            case 3:
                let full = syllables.joined()
                queries.append(String(full.prefix(max(1, full.count - Int(generator.next() % 3)))))
            default:
                queries.append(syllables.enumerated().map { $0.offset % 2 == 0 ? $0.element : String($0.element.prefix(1)) }.joined())
            }
        }
        return queries
    }

    @Test func generatedQueriesAgree() {
        let storage = Self.index.storage
        var mismatches: [String] = []
        for query in Self.queries(count: 120) {
            let expected = Self.reference(query, storage)
            let found = Self.actual(query, Self.index)
            if expected != found {
                let missing = expected.filter { found[$0.key] != $0.value }.count
                let extra = found.filter { expected[$0.key] != $0.value }.count
                mismatches.append("\(query): \(missing) missing or different, \(extra) extra")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// An index without postings, reading every field through, finds the same hits in the
    /// same order with the same tiers and ranges.
    @Test func scanningAgreesWithThePostings() {
        let scanning = SearchIndex(scanning: Self.corpus)
        var mismatches: [String] = []
        for query in Self.queries(count: 120) + ["diqu", "zzzz", "djyl", "gsgz", "武昌", "", " "] {
            let indexed = Array(Self.index.search(query).hits)
            let scanned = Array(scanning.search(query).hits)
            if indexed != scanned { mismatches.append("\(query): \(indexed.count) indexed, \(scanned.count) scanned") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        #expect(scanning.search("gongshui").hits.count == Self.index.search("gongshui").hits.count)
        #expect(!scanning.search("gongshui").isEmpty)
    }

    @Test func referenceFindsWhatItShould() {
        // The reference itself must not be vacuous.
        let storage = Self.index.storage
        #expect(Self.reference("gongshui", storage).count == Self.actual("gongshui", Self.index).count)
        #expect(Self.reference("gongshui", storage).count >= 5)
        #expect(Self.reference("gs", storage).values.contains(.initials))
        #expect(Self.reference("武昌", storage).values.contains(.substring))
        #expect(Self.reference("zzzq", storage).isEmpty)
    }
}
