import Testing
import OrgAnalysis
import OrgFiles
import OrgModel
import TestSupport

@Suite("The figures of `ramping info`")
struct ChartSummaryTests {
    @Test("the tutorial chart, counted by hand")
    func tutorial() throws {
        let graph = try #require(loadedChart("OrgCharts/kabupaten-contoh.yaml").graph)
        let s = ChartSummary(graph)
        #expect(s.units == 16)
        #expect(s.positions == 24)
        // 2 politik + 3 JPT + 6 administrator + 7 pengawas + (2+6+4+3) pelaksana + (2+2) fungsional
        #expect(s.seats == 37)
        #expect(s.people == 22 && s.inPost == 21 && s.pool == 1)
        // Political posts are elected, so they are never vacant: 37 − 2 − 21.
        #expect(s.vacantSeats == 14)
        #expect(s.overfilledPeople == 0)
        #expect(s.layers == 5)
        #expect(s.rootUnit == "pemda" && s.rootPosition == "bupati")
        #expect(s.unitsByKind.first { $0.kind == .seksi }?.count == 3)
        #expect(s.byEselon.map(\.key) == ["II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b"])
        #expect(s.byEselon.first { $0.key == "IV.a" }.map { ($0.positions, $0.filled) } ?? (0, 0) == (6, 4))
        #expect(s.byLevel.first { $0.key == "pelaksana" }.map { ($0.seats, $0.filled) } ?? (0, 0) == (15, 6))
    }

    @Test("people beyond seats are counted, not vacancies")
    func overfilled() throws {
        let yaml = smallChartYAML
            .replacingFirst("seats: 2", with: "seats: 1")
            .replacingFirst("position: kabid, rank: IV/a", with: "position: staf, rank: IV/a")
        let s = ChartSummary(try #require(load(yaml).graph))
        #expect(s.overfilledPeople == 1)
        // kadis and kabid are vacant now; staf is full.
        #expect(s.vacantSeats == 2)
    }
}

