/// The Chinese tailoring of UAX #14 (clreq, "basic" level).
///
/// UAX #14 in Unicode 15.0 treats `“ ” ‘ ’` as ambiguous quotation marks and
/// forbids a break on either side of them; Chinese text uses them as opening
/// and closing punctuation, so they are re-classed as OP and CL. It also lets
/// `—` `·` `～` `／` start a line and allows `1060|亿元`: those marks become NS,
/// and the line-start list, the line-end list and the number-and-unit rule
/// (ChineseUnits) are applied over the result. ASCII `,` `:` `;` written for
/// `，` `：` `；` after a Chinese character, and the `+` of codes like `V+`, are
/// re-classed so they do not glue the next word to them.
enum ChineseTailoring {
    /// May not start a line: clreq's line-start prohibition, with the ASCII
    /// forms: `，。、；：！？）》」』】〕〉〗〙〛］｝’”…‥‧·・･—―～〜／．％‰` `,.;:!?)]}%`.
    static func isForbiddenAtStart(_ v: UInt32) -> Bool {
        switch v {
        case 0x21, 0x25, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D,  // ! % ) , . : ; ? ] }
             0x00B7, 0x2014, 0x2015, 0x2019, 0x201D, 0x2025, 0x2026, 0x2027, 0x2030,
             0x3001, 0x3002, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017,
             0x3019, 0x301B, 0x301C, 0x30FB,
             0xFF01, 0xFF05, 0xFF09, 0xFF0C, 0xFF0E, 0xFF0F, 0xFF1A, 0xFF1B, 0xFF1F,
             0xFF3D, 0xFF5D, 0xFF5E, 0xFF65:
            return true
        default:
            return false
        }
    }

    /// May not end a line: clreq's line-end prohibition, with the ASCII forms:
    /// `（《「『【〔〈〖〘〚［｛‘“` `([{`.
    static func isForbiddenAtEnd(_ v: UInt32) -> Bool {
        switch v {
        case 0x28, 0x5B, 0x7B, 0x2018, 0x201C,
             0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A,
             0xFF08, 0xFF3B, 0xFF5B:
            return true
        default:
            return false
        }
    }

    /// Line break units for the scalars, with Chinese punctuation re-classed.
    static func units(for scalars: [Unicode.Scalar]) -> [LineBreakUnit] {
        var units = scalars.map { LineBreakTable.unit($0.value).resolved }
        for i in scalars.indices {
            switch scalars[i].value {
            case 0x201C, 0x2018:  // “ ‘ open; wide, so LB30 does not tie them to Latin before
                units[i] = LineBreakUnit(cls: .op, eastAsianWide: true)
            case 0x201D:  // ”
                units[i].cls = .cl
            case 0x2019:  // ’, unless it is an apostrophe inside a Latin word
                let letterBefore = i > 0 && isLetter(units[i - 1].cls)
                let letterAfter = i + 1 < units.count && isLetter(units[i + 1].cls)
                if !(letterBefore && letterAfter) { units[i].cls = .cl }
            case 0x2014, 0x2015, 0x2E3A, 0x00B7, 0xFF5E, 0xFF0F:
                // — ― ⸺ · ～ ／: never at line start, but a line may end after them;
                // NS gives exactly that, and keeps —— together (× NS).
                units[i].cls = .ns
            case 0x22EF:  // ⋯ used as the Chinese ellipsis
                units[i].cls = .inseparable
            case 0x2C, 0x3A, 0x3B:
                // ASCII , : ; standing for ，：； after a Chinese character close
                // like them (a line may break after), instead of binding the
                // Latin or digits that follow (LB29); 1,000 and 15:10 stay IS.
                if i > 0, ChineseScript.contains(scalars[i - 1].value) { units[i].cls = .cl }
            case 0x2B:
                // + closing a Latin code (V+, VV+) is part of the word, not a
                // prefix binding the Han character after it (LB23a).
                if i > 0 && isLetter(units[i - 1].cls) { units[i].cls = .al }
            default:
                break
            }
        }
        return units
    }

    /// Applies the line-start and line-end prohibitions and keeps numbers with
    /// their units. Mandatory breaks stay.
    static func adjust(_ actions: inout [BreakAction], scalars: [Unicode.Scalar]) {
        let n = scalars.count
        guard n > 1 else { return }
        var lastNonSpace: UInt32 = 0x20
        for i in 1..<n {
            if scalars[i - 1] != " " { lastNonSpace = scalars[i - 1].value }
            guard actions[i] != .mandatory else { continue }
            if isForbiddenAtStart(scalars[i].value) || isForbiddenAtEnd(lastNonSpace) {
                actions[i] = .prohibited
            }
        }
        ChineseUnits.keepUnitsWithNumbers(&actions, scalars: scalars)
    }

    private static func isLetter(_ cls: LineBreakClass) -> Bool {
        cls == .al || cls == .hl
    }
}
