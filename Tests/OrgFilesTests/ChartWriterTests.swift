import Testing
import OrgFiles
import OrgModel
import TestSupport

@Suite("Writing a chart back as YAML")
struct ChartWriterTests {
    @Test("every sample chart reads back equal, and writing is deterministic",
          arguments: ["OrgCharts/kabupaten-contoh.yaml", "OrgCharts/kabupaten-sragen.yaml"])
    func roundTrip(_ path: String) throws {
        let chart = try #require(loadedChart(path).chart)
        let yaml = ChartWriter.yaml(chart)
        let back = load(yaml, file: "written.yaml")
        #expect(!back.diagnostics.hasErrors, "\(englishDiagnostics(back).prefix(5))")
        #expect(back.chart == chart)
        #expect(ChartWriter.yaml(try #require(back.chart)) == yaml)
    }

    @Test("awkward text survives: quotes, backslashes, colons, commas, '#', line breaks, non-Latin")
    func awkwardText() throws {
        var chart = try #require(load(smallChartYAML).chart)
        chart.units[1].name = "Dinas \"Uji\": A, B # C \\ D\nbaris dua — 日本 ✓"
        chart.positions[3].workload[0].task = "- tugas: { x }"
        chart.positions[3].title = "Bel\u{07} dan DEL\u{7F}, tab\tjuga"
        chart.positions[3].workload[0].volume = 2.5
        chart.organisation.settings.effectiveHours = 1200
        chart.organisation.settings.needRounding = .up
        let back = load(ChartWriter.yaml(chart))
        #expect(back.chart == chart, "\(englishDiagnostics(back))")
    }

    @Test("ids YAML would read as numbers, booleans or dates are quoted")
    func awkwardIDs() throws {
        var chart = try #require(load(smallChartYAML).chart)
        chart.competencies[0].id = "2026"
        chart.people[0].competencies[0].competency = "2026"
        chart.positions[3].requires.competencies[0].competency = "2026"
        let back = load(ChartWriter.yaml(chart))
        #expect(back.chart == chart, "\(englishDiagnostics(back))")
    }
}
