import Foundation
import OrgFiles
import OrgModel
import OrgSpreadsheet
import OrgTables
import Testing
import TestSupport

/// The two sample charts, loaded once for every test of this suite.
let sampleCharts: [String: OrgChart] = {
    var out: [String: OrgChart] = [:]
    for name in ["kabupaten-contoh", "kabupaten-sragen"] {
        out[name] = ChartLoader.load(path: repoPath("OrgCharts/\(name).yaml")).chart!
    }
    return out
}()

@Suite struct ChartWorkbookTests {
    @Test(arguments: ["kabupaten-contoh", "kabupaten-sragen"])
    func roundTripInMemory(_ name: String) throws {
        let chart = try #require(sampleCharts[name])
        let workbook = ChartWorkbook.document(chart).workbook(path: "\(name).xlsx")
        #expect(workbook.sheets.map(\.name) == ChartWorkbook.sheetNames)
        #expect(ChartWorkbook.isChartWorkbook(workbook))
        let back = try ChartWorkbook.chart(from: workbook).get()
        #expect(back.organisation == chart.organisation)
        #expect(back.units == chart.units)
        #expect(back.positions == chart.positions)
        #expect(back.people == chart.people)
        #expect(back.competencies == chart.competencies)
        #expect(back.careerPaths == chart.careerPaths)
        #expect(back == chart)
    }
}
