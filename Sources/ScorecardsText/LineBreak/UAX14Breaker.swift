/// The rules of UAX #14, Unicode 15.0 (LB2–LB31), applied in order to each
/// position, as the conformance test LineBreakTest-15.0.0.txt states them
/// (LB13 and LB25 in the numeric-tailoring form of the standard's Example 7).
///
/// LB9 and LB10 are handled up front: a combining mark or ZWJ that follows a
/// base other than SP, BK, CR, LF, NL or ZW is "attached" and takes its base's
/// class (X CM* behaves as X); any other one behaves as AL. Look-behind rules
/// then walk over the attached marks.
enum UAX14Breaker {
    static func actions(_ units: [LineBreakUnit]) -> [BreakAction] {
        let n = units.count
        guard n > 0 else { return [.prohibited] }
        let context = Context(units)
        var result = [BreakAction](repeating: .allowed, count: n + 1)
        result[0] = .prohibited  // LB2
        result[n] = .mandatory   // LB3
        for i in 1..<n {
            result[i] = context.action(at: i)
        }
        return result
    }

    private struct Context {
        let raw: [LineBreakClass]
        /// Class after LB9/LB10.
        var eff: [LineBreakClass]
        /// Whether the scalar is a mark or ZWJ attached to the scalar before it (LB9).
        var attached: [Bool]
        let units: [LineBreakUnit]
        /// Index of the base each scalar belongs to (itself unless attached).
        var base: [Int]
        /// Whether the visible units ending at each index match NU (NU | SY | IS)*
        /// (LB25), found in one pass so long runs cost no more than short ones.
        var numericRun: [Bool]
        /// How many regional indicators end at each index (LB30a), likewise.
        var riRun: [Int]

        init(_ units: [LineBreakUnit]) {
            self.units = units
            raw = units.map(\.cls)
            let n = units.count
            eff = raw
            attached = [Bool](repeating: false, count: n)
            base = Array(0..<n)
            for j in 0..<n where raw[j] == .cm || raw[j] == .zwj {
                if j > 0 && !Context.isMarkBarrier(raw[j - 1]) {
                    attached[j] = true
                    eff[j] = eff[j - 1]
                    base[j] = base[j - 1]
                } else {
                    eff[j] = .al  // LB10
                }
            }
            numericRun = [Bool](repeating: false, count: n)
            riRun = [Int](repeating: 0, count: n)
            for j in 0..<n {
                let b = base[j]
                if b != j {
                    numericRun[j] = numericRun[b]
                    riRun[j] = riRun[b]
                    continue
                }
                let previous = b > 0 ? base[b - 1] : nil
                switch eff[j] {
                case .nu: numericRun[j] = true
                case .sy, .infixSeparator: numericRun[j] = previous.map { numericRun[$0] } ?? false
                case .ri: riRun[j] = 1 + (previous.map { riRun[$0] } ?? 0)
                default: break
                }
            }
        }

        private static func isMarkBarrier(_ c: LineBreakClass) -> Bool {
            switch c {
            case .sp, .bk, .cr, .lf, .nl, .zw: return true
            default: return false
            }
        }

        /// The effective class of the unit at `j` once spaces before `i` are
        /// skipped: the X of the rules written "X SP* ×".
        private func beforeSpaces(_ i: Int) -> LineBreakClass? {
            var j = i - 1
            while j >= 0 && raw[j] == .sp { j -= 1 }
            return j >= 0 ? eff[j] : nil
        }

        /// Index of the visible unit (a base, marks skipped) before the one at `j`.
        private func previousVisible(_ j: Int) -> Int? {
            let b = base[j]
            return b > 0 ? base[b - 1] : nil
        }

        /// Index of the first unit after `i` that is not attached to `i`.
        private func nextVisible(after i: Int) -> Int? {
            var k = i + 1
            while k < raw.count && attached[k] { k += 1 }
            return k < raw.count ? k : nil
        }

        /// Whether the units ending at `j` match NU (NU | SY | IS)*.
        private func numericRunEnds(at j: Int?) -> Bool {
            j.map { numericRun[$0] } ?? false
        }

        func action(at i: Int) -> BreakAction {
            let a = raw[i - 1]
            let b = raw[i]
            // LB4, LB5
            switch a {
            case .bk, .lf, .nl: return .mandatory
            case .cr: return b == .lf ? .prohibited : .mandatory
            default: break
            }
            // LB6, LB7
            switch b {
            case .bk, .cr, .lf, .nl, .sp, .zw: return .prohibited
            default: break
            }
            // LB8: ZW SP* ÷
            var j = i - 1
            while j > 0 && raw[j] == .sp { j -= 1 }
            if raw[j] == .zw { return .allowed }
            // LB8a
            if a == .zwj { return .prohibited }
            // LB9
            if attached[i] { return .prohibited }

            let before = eff[i - 1]
            let after = eff[i]
            // LB11
            if after == .wj || before == .wj { return .prohibited }
            // LB12
            if before == .gl { return .prohibited }
            // LB12a
            if after == .gl && before != .sp && before != .ba && before != .hy { return .prohibited }
            // LB13 (numeric form: NU before CL, CP, IS, SY is left to LB25)
            if after == .ex { return .prohibited }
            if before != .nu && (after == .cl || after == .cp || after == .infixSeparator || after == .sy) {
                return .prohibited
            }
            let skipped = beforeSpaces(i)
            // LB14
            if skipped == .op { return .prohibited }
            // LB15
            if after == .op && skipped == .qu { return .prohibited }
            // LB16
            if after == .ns && (skipped == .cl || skipped == .cp) { return .prohibited }
            // LB17
            if after == .b2 && skipped == .b2 { return .prohibited }
            // LB18
            if before == .sp { return .allowed }
            // LB19
            if after == .qu || before == .qu { return .prohibited }
            // LB20
            if after == .cb || before == .cb { return .allowed }
            // LB21
            if after == .ba || after == .hy || after == .ns || before == .bb { return .prohibited }
            // LB21a: HL (HY | BA) ×
            if before == .hy || before == .ba, let p = previousVisible(i - 1), eff[p] == .hl {
                return .prohibited
            }
            // LB21b
            if before == .sy && after == .hl { return .prohibited }
            // LB22
            if after == .inseparable { return .prohibited }
            // LB23
            if (before == .al || before == .hl) && after == .nu { return .prohibited }
            if before == .nu && (after == .al || after == .hl) { return .prohibited }
            // LB23a
            if before == .pr && (after == .id || after == .eb || after == .em) { return .prohibited }
            if (before == .id || before == .eb || before == .em) && after == .po { return .prohibited }
            // LB24
            if (before == .pr || before == .po) && (after == .al || after == .hl) { return .prohibited }
            if (before == .al || before == .hl) && (after == .pr || after == .po) { return .prohibited }
            // LB25: (PR | PO) × (OP | HY)? NU
            if before == .pr || before == .po {
                if after == .nu { return .prohibited }
                if after == .op || after == .hy, let k = nextVisible(after: i), eff[k] == .nu {
                    return .prohibited
                }
            }
            // LB25: (OP | HY) × NU
            if (before == .op || before == .hy) && after == .nu { return .prohibited }
            // LB25: NU (NU | SY | IS)* × (NU | SY | IS | CL | CP)
            switch after {
            case .nu, .sy, .infixSeparator, .cl, .cp:
                if numericRunEnds(at: i - 1) { return .prohibited }
            case .po, .pr:
                // NU (NU | SY | IS)* (CL | CP)? × (PO | PR)
                if before == .cl || before == .cp {
                    if numericRunEnds(at: previousVisible(i - 1)) { return .prohibited }
                } else if numericRunEnds(at: i - 1) {
                    return .prohibited
                }
            default:
                break
            }
            // LB26
            if before == .jl && (after == .jl || after == .jv || after == .h2 || after == .h3) {
                return .prohibited
            }
            if (before == .jv || before == .h2) && (after == .jv || after == .jt) { return .prohibited }
            if (before == .jt || before == .h3) && after == .jt { return .prohibited }
            // LB27
            let beforeKorean = before == .jl || before == .jv || before == .jt || before == .h2 || before == .h3
            let afterKorean = after == .jl || after == .jv || after == .jt || after == .h2 || after == .h3
            if beforeKorean && after == .po { return .prohibited }
            if before == .pr && afterKorean { return .prohibited }
            // LB28
            if (before == .al || before == .hl) && (after == .al || after == .hl) { return .prohibited }
            // LB29
            if before == .infixSeparator && (after == .al || after == .hl) { return .prohibited }
            // LB30
            if (before == .al || before == .hl || before == .nu) && after == .op && !units[i].eastAsianWide {
                return .prohibited
            }
            if before == .cp && !units[base[i - 1]].eastAsianWide
                && (after == .al || after == .hl || after == .nu) {
                return .prohibited
            }
            // LB30a: break between regional indicators only after an even count
            if before == .ri && after == .ri {
                return riRun[i - 1] % 2 == 1 ? .prohibited : .allowed
            }
            // LB30b
            if after == .em && (before == .eb || units[base[i - 1]].extendedPictographicUnassigned) {
                return .prohibited
            }
            // LB31
            return .allowed
        }
    }
}
