/// A proleptic Gregorian calendar date, enough to lay out issue dates without Foundation
/// (whose calendars depend on the time zone and locale of the machine).
struct CivilDate: Equatable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The inverse of `dayNumber` (`civil_from_days`).
    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// 一 … 日, as printed after 星期. 1970-01-01 was a Thursday.
    var weekdayWord: String {
        let words = ["四", "五", "六", "日", "一", "二", "三"]
        let index = ((dayNumber % 7) + 7) % 7
        return words[index]
    }

    /// `2018-01-15`
    var iso: String { "\(year)-\(Self.two(month))-\(Self.two(day))" }

    /// `2018年01月15日`, as on the printed page header.
    var chinese: String { "\(year)年\(Self.two(month))月\(Self.two(day))日" }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
