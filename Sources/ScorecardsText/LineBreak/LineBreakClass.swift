/// Unicode Line_Break property values (UAX #14), in the order the generated
/// table uses (Scripts/generate-tables.py, LB_CLASSES). SA is not here: the
/// table already resolves it per LB1.
enum LineBreakClass: UInt8, Sendable {
    case bk, cr, lf, nl, sp, zw, zwj, cm, wj, gl, ba, bb
    case b2, hy, cb, cl, cp, ex
    /// IN, inseparable (`…`).
    case inseparable
    case ns, op, qu
    /// IS, infix numeric separator (`,` `.` `:` `;`).
    case infixSeparator
    case nu, po, pr, sy, ai, al, cj, eb, em, h2, h3, hl, id
    case jl, jv, jt, ri, sg, xx
}
