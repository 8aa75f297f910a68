import Testing
import OrgFiles
import OrgModel
import TestSupport

@Suite("The charts shipped in OrgCharts/")
struct SampleChartTests {
    @Test("each sample chart validates", arguments: ["OrgCharts/kabupaten-contoh.yaml", "OrgCharts/kabupaten-sragen.yaml"])
    func validates(_ path: String) {
        let loaded = loadedChart(path)
        #expect(loaded.isValid, "\(englishDiagnostics(loaded).prefix(10))")
        #expect(!loaded.diagnostics.hasErrors)
    }

    @Test("the tutorial chart has no warnings")
    func tutorialIsClean() {
        let loaded = loadedChart("OrgCharts/kabupaten-contoh.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(englishDiagnostics(loaded))")
    }
}
