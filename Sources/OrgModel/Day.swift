/// A calendar day (no time, no time zone), as the chart writes it: `2026-01-01`.
///
/// Dates in a chart are days in the Indonesian civil calendar; using a plain value instead of `Date`
/// keeps every computation free of time zones and exact.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Year, month and day packed in one 32-bit number (`year << 9 | month << 5 | day`), so that a person's
    /// three dates take 24 bytes instead of 96 in a chart of 70,000 people; the packed numbers order as
    /// the days do.
    private let packed: UInt32

    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int((packed >> 5) & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    /// The earliest day a chart may write (a birth date of the oldest record a pemda keeps).
    public static let earliest = Day(year: 1900, month: 1, day: 1)!
    /// The latest day a chart may write (a retirement or a plan far ahead).
    public static let latest = Day(year: 2200, month: 12, day: 31)!
    /// The days a chart may write, 1900-01-01 to 2200-12-31: dates outside are typing errors, and the
    /// arithmetic on them (retirement, tenure) stays far inside what `Day` can represent.
    public static let chartRange = earliest...latest
    /// The years `Day` represents; arithmetic saturates at their ends instead of failing.
    public static let representableYears = 1...9999

    /// A real day, or nil (`2026-02-30` is not one).
    public init?(year: Int, month: Int, day: Int) {
        guard Day.representableYears.contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        // By bytes (the loader reads three dates per person): ten ASCII bytes, digits but for two '-'.
        if let day = text.utf8.withContiguousStorageIfAvailable(Day.iso) {
            guard let day else { return nil }
            self = day
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD` in UTF-8 bytes, or nil; the same days as the character-wise parse.
    static func iso(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let d = b[i] &- UInt8(ascii: "0")
                guard d < 10 else { return nil }
                n = n * 10 + Int(d)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The last day of this day's month.
    public var endOfMonth: Day { Day(unchecked: year, month, Day.daysIn(month: month, year: year)) }

    /// The same day `years` later; 29 February becomes 28 February in a common year.
    ///
    /// Total: a result beyond the years `Day` represents (1–9999) saturates at 0001-01-01 or 9999-12-31,
    /// which every chart date (1900–2200) is far from.
    public func adding(years: Int) -> Day {
        let (sum, overflow) = year.addingReportingOverflow(years)
        if overflow || sum > Day.representableYears.upperBound {
            return years > 0 ? Day(unchecked: Day.representableYears.upperBound, 12, 31) : Day(unchecked: 1, 1, 1)
        }
        if sum < Day.representableYears.lowerBound { return Day(unchecked: 1, 1, 1) }
        return Day(unchecked: sum, month, min(day, Day.daysIn(month: month, year: sum)))
    }

    /// A day already known to be real.
    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        packed = UInt32(truncatingIfNeeded: year) << 9 | UInt32(truncatingIfNeeded: month) << 5 | UInt32(truncatingIfNeeded: day)
    }

    /// Whole years from `self` to `later` (an age, or years in post); negative if `later` is earlier.
    public func wholeYears(to later: Day) -> Int {
        var years = later.year - year
        if (later.month, later.day) < (month, day) { years -= 1 }
        return years
    }

    /// Years from `self` to `later` as a fraction (days ÷ 365.2425), for tenure.
    public func fractionalYears(to later: Day) -> Double {
        Double(later.ordinal - ordinal) / 365.2425
    }

    /// Days since 0001-01-01 in the proleptic Gregorian calendar.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += Day.daysIn(month: m, year: year) }
        return days + day - 1
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.packed < rhs.packed }
}
