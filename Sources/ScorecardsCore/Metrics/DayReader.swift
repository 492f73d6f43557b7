/// The date an issue is published, for resolving days written without a year or month.
struct IssueDay: Equatable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    /// From ISO 8601 ("2018-01-15"); nil for anything else.
    init?(_ iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...9999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        (year, month, day) = (y, m, d)
    }
}

/// Reads a day written in the text: "2017年12月4日", "12月5日," or "5日,", resolving the
/// missing year or month against the issue's date, since a report only tells of days up to
/// its publication (5日 in an issue dated 2018-01-15 is 2018-01-05).
enum DayReader {
    struct Day: Equatable {
        var year: Int
        var month: Int
        var day: Int
        /// After the 日.
        var end: Int

        var iso: String {
            let pad = { (n: Int, width: Int) in String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
    }

    private static let yearMark: Unicode.Scalar = "年"
    private static let monthMark: Unicode.Scalar = "月"
    private static let dayMarks: [Unicode.Scalar] = ["日", "号"]

    /// A day starting with the digits at `start`; nil when none starts there or it cannot be
    /// placed. A bare day or month-and-day must end its clause ("5日,"), so that counts of
    /// days and dates inside names are not read as days.
    static func read(at start: Int, in text: ScalarText, issueDay: IssueDay?) -> Day? {
        guard let first = number(at: start, in: text) else { return nil }
        // Not the middle of a longer date: "2017年12月4日" is read from its year.
        if let previous = text[start - 1], previous == yearMark || previous == monthMark || previous.decimalDigit != nil {
            return nil
        }
        var year: Int?
        var month: Int?
        var day: Int
        var j = first.end
        if text[j] == yearMark, (1900...2100).contains(first.value), let m = number(at: j + 1, in: text),
           text[m.end] == monthMark, let d = number(at: m.end + 1, in: text), let mark = text[d.end], dayMarks.contains(mark) {
            (year, month, day) = (first.value, m.value, d.value)
            j = d.end + 1
        } else if text[j] == monthMark, let d = number(at: j + 1, in: text), let mark = text[d.end], dayMarks.contains(mark),
                  endsClause(at: d.end + 1, in: text) {
            (month, day) = (first.value, d.value)
            j = d.end + 1
        } else if let mark = text[j], dayMarks.contains(mark), endsClause(at: j + 1, in: text) {
            day = first.value
            j += 1
        } else {
            return nil
        }
        guard (1...31).contains(day) else { return nil }
        if let year, let month {
            guard (1...12).contains(month) else { return nil }
            return Day(year: year, month: month, day: day, end: j)
        }
        guard let issueDay else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            let later = (month, day) > (issueDay.month, issueDay.day)
            return Day(year: issueDay.year - (later ? 1 : 0), month: month, day: day, end: j)
        }
        if day <= issueDay.day {
            return Day(year: issueDay.year, month: issueDay.month, day: day, end: j)
        }
        let month0 = issueDay.month == 1 ? 12 : issueDay.month - 1
        return Day(year: issueDay.month == 1 ? issueDay.year - 1 : issueDay.year, month: month0, day: day, end: j)
    }

    private static func endsClause(at index: Int, in text: ScalarText) -> Bool {
        guard let next = text[index] else { return true }
        return next.isClauseBoundary || next.isSpace
    }

    /// A run of at most four ASCII or full-width digits.
    private static func number(at index: Int, in text: ScalarText) -> (value: Int, end: Int)? {
        var value = 0
        var j = index
        while let digit = text[j]?.decimalDigit, j - index < 4 {
            value = value * 10 + digit
            j += 1
        }
        guard j > index, text[j]?.decimalDigit == nil else { return nil }
        return (value, j)
    }
}
