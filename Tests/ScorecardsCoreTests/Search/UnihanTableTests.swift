import Testing
@testable import ScorecardsCore

@Suite("Unihan tables")
struct UnihanTableTests {
    let readings = PinyinReadingTable.shared

    private func reading(_ character: Character) -> String? {
        guard let scalar = character.unicodeScalars.first else { return nil }
        return readings.syllable(readings.code(for: scalar.value))
    }

    @Test func syllableListIsCompleteAndSorted() {
        #expect(readings.syllables.count == 412)
        #expect(readings.syllables == readings.syllables.sorted())
        #expect(readings.syllables.contains("lve"))
        #expect(readings.syllables.allSatisfy { $0.utf8.allSatisfy { (0x61...0x7A).contains($0) } && $0.utf8.count <= 6 })
    }

    @Test func everyCommonCharacterHasAReading() {
        let text = SearchSeedIssue.documents.flatMap { $0.headline + $0.paragraphs }.joined()
        let han = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }
        #expect(!han.isEmpty)
        #expect(han.allSatisfy { readings.code(for: $0.value) != 0 })
    }

    @Test func readingsFollowKMandarinWithDocumentedExceptions() {
        #expect(reading("武") == "wu")
        #expect(reading("昌") == "chang")
        #expect(reading("供") == "gong")
        #expect(reading("绿") == "lv")
        #expect(reading("长") == "zhang")  // kMandarin; 长江 comes from the word table
        #expect(reading("行") == "xing")
        #expect(reading("地") == "di")  // kMandarin says "de"
        #expect(reading("拓") == "tuo")
        #expect(reading("著") == "zhu")
        #expect(reading("A") == nil)
    }

    @Test func codesSharingAPrefixAreContiguous() {
        for prefix in ["g", "go", "zh", "zhu", "s", "a", "lv"] {
            let range = readings.codes(withPrefix: SyllablePacking.pack(prefix.utf8))
            #expect(range != nil)
            guard let range else { continue }
            let expected = readings.syllables.indices.filter { readings.syllables[$0].hasPrefix(prefix) }.map { $0 + 1 }
            #expect(Array(range) == expected)
        }
        #expect(readings.codes(withPrefix: SyllablePacking.pack("u".utf8)) == nil)
        #expect(readings.codes(withPrefix: SyllablePacking.pack("gx".utf8)) == nil)
    }

    @Test func simplifiedVariantsMapTraditionalCharacters() {
        let variants = SimplifiedVariantTable.shared
        func simplified(_ character: Character) -> Character? {
            character.unicodeScalars.first.flatMap { Unicode.Scalar(variants.simplified($0.value)) }.map(Character.init)
        }
        #expect(simplified("經") == "经")
        #expect(simplified("濟") == "济")
        #expect(simplified("長") == "长")
        #expect(simplified("餘") == "余")
        #expect(simplified("长") == "长")
        #expect(simplified("乾") == "乾")
        #expect(simplified("a") == "a")
    }

    @Test func everyWordReadingIsUnderstood() {
        let words = PinyinWordTable.shared
        #expect(words.rejectedLines.isEmpty, "\(words.rejectedLines)")
        #expect(words.wordCount > 250)
        // A malformed table is reported, not fatal.
        let broken = PinyinWordTable(source: "银行 yin\n长江 chang jiang\n坏 huai\n行长 hang|xx zhang", readings: readings)
        #expect(broken.wordCount == 1)
        #expect(broken.rejectedLines.count == 3)
    }

    @Test func wordTableKeysAreSimplified() {
        let variants = SimplifiedVariantTable.shared
        for line in PinyinWordReadings.source.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard !trimmed.hasPrefix("#"), let word = trimmed.split(separator: " ").first else { continue }
            for scalar in word.unicodeScalars {
                #expect(variants.simplified(scalar.value) == scalar.value, "\(word)")
            }
        }
    }
}
