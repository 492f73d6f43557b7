/// The time a figure covers, as precisely as the text says.
///
/// - one year: `2017…2017` (全年, 去年, 2017年);
/// - a run of years with an amount each year: `2015…2017`, `perYear` (从2015年起,连续3年每年);
/// - an amount per year with no run given: `2017…2017`, `perYear` (每年整顿10余个);
/// - a day: `date` 2018-01-05, and the year of that day (5日 in an issue dated 2018-01-15).
public struct MetricPeriod: Equatable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// The value is an amount for each year of the period, not a total over it.
    public var perYear: Bool
    /// ISO 8601 day, when the text dates the figure to a day.
    public var date: String?

    public init(start: Int, end: Int, perYear: Bool = false, date: String? = nil) {
        self.start = start
        self.end = end
        self.perYear = perYear
        self.date = date
    }

    public init(year: Int) {
        self.init(start: year, end: year)
    }

    /// `2017`, `2015–2017`, `2015–2017/年`, `2017/年`, `2018-01-05`: for tables and details.
    public var text: String {
        if let date { return date }
        let years = start == end ? String(start) : "\(start)–\(end)"
        return perYear ? years + "/年" : years
    }
}
