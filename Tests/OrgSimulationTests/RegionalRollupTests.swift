import Testing
import OrgAnalysis
import OrgFiles
import OrgModel
import OrgSimulation
import TestSupport

@Suite("The national roll-up: each region's figures and their totals")
struct RegionalRollupTests {
    static let sragen = sampleGraph("OrgCharts/kabupaten-sragen.yaml")
    static let contoh = sampleGraph("OrgCharts/kabupaten-contoh.yaml")
    static let sragenFigures = RegionFigures(file: "kabupaten-sragen.yaml", graph: sragen)
    static let contohFigures = RegionFigures(file: "kabupaten-contoh.yaml", graph: contoh)

    @Test("the eselon IV posts counted as converted are those the simplification step converts", arguments: ["sragen", "contoh"])
    func simplificationAgreesWithTheSimulator(which: String) throws {
        let graph = which == "sragen" ? Self.sragen : Self.contoh
        let figures = which == "sragen" ? Self.sragenFigures : Self.contohFigures
        // The units where the law keeps pengawas (domain rules section 8), named to the simulator one by one.
        let keepUnits = graph.units.indices.filter { graph.keepsPengawas($0) }.map { graph.units[$0].id }
        let step = ScenarioStep.Action.convert(level: .pengawas, to: .fungsional, jenjang: .ahliMuda,
                                               keepIn: [], keepUnits: keepUnits)
        let simulation = try Simulator.run(graph.chart, Scenario(name: "penyederhanaan", steps: [ScenarioStep(step)]))
        #expect(figures.eselonIVConverted == simulation.steps[0].postsConverted)
        #expect(figures.eselonIV == graph.positions.count { $0.level == .pengawas })
        #expect(figures.eselonIVConverted > 0 && figures.eselonIVConverted < figures.eselonIV)
    }

    @Test("a region's figures are the analyses' own")
    func regionFigures() {
        let f = Self.sragenFigures
        let gaps = GapAnalysis(Self.sragen, horizon: 5), compliance = ComplianceAnalysis(Self.sragen)
        #expect(f.province == "Jawa Tengah" && f.region == .kabupaten && f.people == Self.sragen.people.count)
        #expect(f.need == gaps.summary.need && f.shortage == gaps.summary.shortage)
        #expect(f.retiring == gaps.retirements.count { (1...5).contains($0.year) } && f.retiring > 0)
        #expect(f.layers == SpanAnalysis(Self.sragen).summary.layers)
        // The sample's type C Dinas Perhubungan has 3 bidang, over its cap of 2.
        #expect(f.breachesCaps && f.capBreaches == compliance.findings.count { $0.rule.id.hasPrefix("size.") })
        #expect(f.complianceErrors == compliance.errors)
    }

    @Test("totals per province and nationally add the regions up")
    func totals() throws {
        var a = Self.sragenFigures, b = Self.contohFigures, c = Self.sragenFigures
        a.province = "Jawa Tengah"; b.province = "Jawa Tengah"; c.province = "Bali"
        c.id = "kab-lain"
        b.capBreaches = 0
        let rollup = RegionalRollup(regions: [a, b, c], unreadable: [("rusak.yaml", "rusak.yaml:3:1: galat")])
        #expect(rollup.provinces.map(\.name) == ["Bali", "Jawa Tengah"])
        let jateng = try #require(rollup.provinces.last)
        #expect(jateng.regions == 2 && jateng.figures.people == a.people + b.people)
        #expect(jateng.regionsBreachingCaps == 1)
        #expect(rollup.national.regions == 3 && rollup.national.regionsBreachingCaps == 2)
        #expect(rollup.national.figures.people == a.people + b.people + c.people)
        #expect(rollup.national.figures.retiringByYear == zip(zip(a.retiringByYear, b.retiringByYear), c.retiringByYear).map { $0.0 + $0.1 + $1 })
        #expect(rollup.national.figures.eselonIVConverted == a.eselonIVConverted + b.eselonIVConverted + c.eselonIVConverted)
        let managers = a.managers + b.managers + c.managers
        let meanSpan = (a.meanSpan * Double(a.managers) + b.meanSpan * Double(b.managers) + c.meanSpan * Double(c.managers)) / Double(managers)
        #expect(abs(rollup.national.figures.meanSpan - meanSpan) < 1e-9)
        // One row per region in the CSV table, province first; the unreadable file is named in the summary.
        let table = rollup.detailTable(.indonesian)
        #expect(table.rows.count == 3 && table.rows.map { $0[0] } == ["Bali", "Jawa Tengah", "Jawa Tengah"])
        #expect(table.rows.allSatisfy { $0.count == table.columns.count })
        let text = rollup.tables(.english, limit: nil).map { $0.text() }.joined()
        #expect(text.contains("rusak.yaml") && text.contains("2 (66.7%)"))
    }
}
