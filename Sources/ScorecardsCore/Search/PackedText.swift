/// Layout of one element of the index's text buffer.
///
/// Bits 0–20 hold the normalised scalar. For a Han character, bits 21–29 hold its
/// syllable code as read in this place (the word reading where `PinyinWordReadings`
/// lists the word, else the character's default), and bit 30 says that a second
/// accepted reading is stored in `IndexStorage.alternates`. Keeping the reading next
/// to the character makes pinyin matching one load per character. Bit 31 says that the
/// character continues the word of the one before it (`WordSegmenter`), so that word
/// boundaries cost no extra load either. Fields are
/// separated by 0, which no normalised text contains, so a comparison running past a
/// field's end fails by itself.
enum PackedText {
    static let scalarMask: UInt32 = 0x1F_FFFF
    static let readingShift: UInt32 = 21
    static let readingMask: UInt32 = 0x1FF
    static let alternateFlag: UInt32 = 1 << 30
    static let wordContinues: UInt32 = 1 << 31
    static let separator: UInt32 = 0

    /// Whether the character continues the word of the one before it; false for the
    /// separator, so a field's end is a word boundary.
    @inline(__always)
    static func continuesWord(_ element: UInt32) -> Bool { element & wordContinues != 0 }

    @inline(__always)
    static func scalar(_ element: UInt32) -> UInt32 { element & scalarMask }

    @inline(__always)
    static func reading(_ element: UInt32) -> Int {
        Int((element >> readingShift) & readingMask)
    }

    @inline(__always)
    static func withReading(_ element: UInt32, _ code: UInt16) -> UInt32 {
        (element & ~(readingMask << readingShift)) | (UInt32(code) & readingMask) << readingShift
    }
}
