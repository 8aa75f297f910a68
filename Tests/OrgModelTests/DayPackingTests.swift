import OrgModel
import Testing

/// `Day` keeps year, month and day packed in 32 bits: every day must come back as written and order as
/// the calendar does.
@Suite("Days packed in 32 bits")
struct DayPackingTests {
    @Test("every day a chart may write, 1900–2200, round-trips and follows the one before it")
    func wholeChartRange() throws {
        var previous: Day?
        var count = 0
        for year in 1900...2200 {
            for month in 1...12 {
                for d in 1...Day.daysIn(month: month, year: year) {
                    let day = try #require(Day(year: year, month: month, day: d))
                    if day.year != year || day.month != month || day.day != d {
                        Issue.record("\(year)-\(month)-\(d) came back as \(day)")
                        return
                    }
                    if let previous {
                        if !(previous < day) || day.ordinal != previous.ordinal + 1 || previous == day {
                            Issue.record("\(previous) and \(day) out of order")
                            return
                        }
                    }
                    previous = day
                    count += 1
                }
            }
        }
        #expect(count == Day.latest.ordinal - Day.earliest.ordinal + 1)
        #expect(Day.chartRange.contains(try #require(Day(iso: "2026-02-28"))))
        #expect(Day(iso: "2026-02-29") == nil)
    }

    @Test("the ends of what Day represents, and days that are not days")
    func ends() throws {
        let first = try #require(Day(year: 1, month: 1, day: 1))
        let last = try #require(Day(year: 9999, month: 12, day: 31))
        #expect((first.year, first.month, first.day) == (1, 1, 1))
        #expect((last.year, last.month, last.day) == (9999, 12, 31))
        #expect(first < last && !(last < first))
        #expect(last.description == "9999-12-31" && first.description == "0001-01-01")
        #expect(Day(year: 10_000, month: 1, day: 1) == nil)
        #expect(Day(year: 0, month: 12, day: 31) == nil)
        #expect(Day(year: 2026, month: 13, day: 1) == nil)
        #expect(Day(year: 2026, month: 4, day: 31) == nil)
        // A later month beats a later day, a later year beats both.
        #expect(try #require(Day(year: 2026, month: 1, day: 31)) < (try #require(Day(year: 2026, month: 2, day: 1))))
        #expect(try #require(Day(year: 2025, month: 12, day: 31)) < (try #require(Day(year: 2026, month: 1, day: 1))))
        #expect(Set([first, last, first]).count == 2)
    }
}
