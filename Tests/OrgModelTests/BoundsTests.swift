import Testing
import OrgModel

@Suite("Date arithmetic and conversions are total")
struct BoundsTests {
    @Test("adding years saturates at the ends of what Day represents")
    func addingYears() throws {
        let day = try #require(Day(year: 2200, month: 12, day: 31))
        #expect(day.adding(years: 58) == Day(year: 2258, month: 12, day: 31))
        #expect(day.adding(years: 10_000) == Day(year: 9999, month: 12, day: 31))
        #expect(day.adding(years: .max) == Day(year: 9999, month: 12, day: 31))
        #expect(day.adding(years: .min) == Day(year: 1, month: 1, day: 1))
        #expect(day.adding(years: -3000) == Day(year: 1, month: 1, day: 1))
        #expect(Day(year: 2024, month: 2, day: 29)!.adding(years: 1) == Day(year: 2025, month: 2, day: 28))
        #expect(Day(year: 9999, month: 12, day: 31)!.endOfMonth == Day(year: 9999, month: 12, day: 31))
    }

    @Test("a NIP's birth date must lie in the chart range")
    func nipBirthRange() {
        guard case .failure(.noSuchBirthDate) = NIP.parse("999912312006042003") else { Issue.record("accepted"); return }
        guard case .success = NIP.parse("190001012006042003") else { Issue.record("refused"); return }
    }

    @Test("Int(saturating:) never stops the program")
    func saturating() {
        #expect(Int(saturating: 1e30) == .max)
        #expect(Int(saturating: -1e30) == .min)
        #expect(Int(saturating: .infinity) == .max)
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: 41.9) == 41)
    }

    @Test("a chart built in code beyond the bounds does not resolve")
    func resolveChecksBounds() {
        var chart = OrgChart(organisation: Organisation(id: "x", name: "X", region: .kabupaten, asOf: Day(year: 9999, month: 1, day: 1)!))
        chart.units = [Unit(id: "pemda", name: "Pemda", kind: .pemda)]
        chart.positions = [Position(id: "bupati", title: "Bupati", unit: "pemda", head: true, level: .politik)]
        chart.positions[0].seats = 20_000
        chart.positions[0].workload = [WorkloadTask(task: "t", volume: 1e30, minutes: -1)]
        let resolution = OrgGraph.resolve(chart)
        #expect(resolution.graph == nil)
        let fields = resolution.errors.compactMap { issue -> String? in
            if case .outOfRange(let field, _, _) = issue.problem { return field }
            return nil
        }
        #expect(fields.sorted() == ["as_of", "seats", "workload.minutes", "workload.volume"])
    }

    @Test("an out-of-range message writes its bounds the reader's way")
    func rangeInTheReadersLanguage() {
        let seats = Problem.outOfRange(field: "seats", value: "20000", allowed: ChartBounds.text(ChartBounds.seats))
        #expect(seats.text(.indonesian) == "'seats' = 20000 di luar rentang yang sah (1–10.000)")
        #expect(seats.text(.english) == "'seats' = 20000 is outside the valid range (1–10,000)")
        #expect(ChartBounds.text(ChartBounds.workloadMinutes).text(.indonesian) == "0–525.600")
        #expect(ChartBounds.text(ChartBounds.effectiveHours).text(.english) == "1–8,784")
        #expect(ChartBounds.datesText.text(.indonesian) == "1 Januari 1900–31 Desember 2200")
        #expect(AllowedRange.atLeast(1_000).text(.indonesian) == "≥ 1.000")
    }
}
