import Testing
import OrgAnalysis
import OrgModel
import TestSupport

/// Three kecamatan scored by hand from Lampiran IV.B.H (PP 18/2016), with the kabupaten's general factor
/// (IV.A): population 150,000 → b, 400 × 10 % = 40; area 200 km² → b, 400 × 5 % = 20; APBD Rp 600 bn →
/// c, 600 × 5 % = 30. General score 90.
///
/// - Kecamatan Kecil (type A in the chart): 8 km² → b, 400 × 20 % = 80; 4 desa → a, 200 × 35 % = 70;
///   12,000 people → d, 800 × 25 % = 200. 90 + 350 = 440 ≤ 600 → type B (Ps 53(4)): above warranted.
///   With a geographic factor of 1.4: 616 > 600 → type A.
/// - Kecamatan Besar (type B): 120 km² → e, 200; 22 desa → e, 350; 30,000 people → e, 250.
///   90 + 800 = 890 → type A: smaller than warranted, not a finding.
/// - Kecamatan Tanpa Data: no figures, not scored.
func kecamatanChart(geo: String = "", figures: String? = nil) -> String {
    """
    format: ramping/1
    organisation: { id: kab-k, name: Kabupaten K, region: kabupaten, as_of: 2026-01-01, \(geo)apbd: 600000000000 }
    units:
      - { id: pemda, name: Pemda K, kind: pemda }
      - { id: kec-kecil, name: Kecamatan Kecil, kind: kecamatan, parent: pemda, type: A }
      - { id: kec-besar, name: Kecamatan Besar, kind: kecamatan, parent: pemda, type: B }
      - { id: kec-kosong, name: Kecamatan Tanpa Data, kind: kecamatan, parent: pemda, type: B }
    positions:
      - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }
    typology:
      population: 150000
      area: 200
      kecamatan:
    \(figures ?? """
            kec-kecil: { luas_wilayah: 8, desa_kelurahan: 4, penduduk: 12000 }
            kec-besar: { luas_wilayah: 120, desa_kelurahan: 22, penduduk: 30000 }
    """)
    """
}

@Suite("Kecamatan typology (Lampiran IV.B.H, Ps 53(4)), by hand")
struct KecamatanTypologyTests {
    let plain = TypologyAnalysis(analysisGraph(kecamatanChart()))

    func sheet(_ t: TypologyAnalysis, _ unit: String) throws -> TypologyAnalysis.Worksheet {
        try #require(t.worksheets.first { $0.subject?.unit == unit })
    }

    @Test("the Lampiran IV.B.H table: three indicators weighing 80 with the printed intervals")
    func table() {
        let t = TypologyTables.kecamatan
        #expect(t.totalWeight == 80 && t.indicators.map(\.weight) == [20, 35, 25])
        #expect(t.indicators.map { $0.interval(2, .indonesian) } == ["11 – 50", "11 – 15", "5.001 – 10.000"])
    }

    @Test("a small kecamatan: 90 + 80 + 70 + 200 = 440 warrants type B; its chart type A is a finding")
    func small() throws {
        let s = try sheet(plain, "kec-kecil")
        #expect(s.generalScore == 90)
        #expect(s.technical.map(\.classIndex) == [1, 0, 3])
        #expect(s.technical.map(\.score) == [80, 70, 200])
        #expect(s.score == 440 && s.warranted == .b)
        let row = try #require(plain.row("kec-kecil"))
        #expect(row.isAboveWarranted)
        let findings = ComplianceAnalysis(analysisGraph(kecamatanChart())).findings.filter { $0.rule == .typeAboveWarranted }
        #expect(findings.map(\.concern.id) == ["kec-kecil"])
    }

    @Test("a large kecamatan: 90 + 200 + 350 + 250 = 890 warrants type A; type B in the chart is no finding")
    func large() throws {
        let s = try sheet(plain, "kec-besar")
        #expect(s.technical.map(\.points) == [1000, 1000, 1000])
        #expect(s.score == 890 && s.warranted == .a)
        #expect(plain.row("kec-besar")?.isAboveWarranted == false)
    }

    @Test("the geographic factor 1.4 lifts the small kecamatan to 616: type A")
    func geographicFactor() throws {
        let remote = TypologyAnalysis(analysisGraph(kecamatanChart(geo: "geo_factor: 1.4, ")))
        let s = try sheet(remote, "kec-kecil")
        #expect(abs(try #require(s.score) - 616) < 1e-9 && s.warranted == .a)
        #expect(remote.row("kec-kecil")?.isAboveWarranted == false)
    }

    @Test("a kecamatan without figures is not scored, and the report says so in Indonesian")
    func unscored() throws {
        let row = try #require(plain.row("kec-kosong"))
        #expect(row.warranted == nil && !row.isAboveWarranted)
        let text = plain.tables(.indonesian, limit: nil).map { $0.text() }.joined()
        #expect(text.contains("Kecamatan Tanpa Data") && text.contains("belum dapat dinilai"))
        #expect(text.contains("Kecamatan Kecil: lembar pemetaan (Lampiran IV.B.H"))
        #expect(!text.contains("kec-kecil"))
    }

    @Test("an unknown kecamatan or indicator is a located error with the spelling meant")
    func badFigures() {
        let unknownUnit = load(kecamatanChart(figures: "        kec-kecl: { luas_wilayah: 8 }\n"))
        #expect(unknownUnit.graph == nil)
        #expect(englishDiagnostics(unknownUnit).contains { $0.contains("kec-kecl") && $0.contains("kec-kecil") && $0.contains("chart.yaml:") })
        let unknownIndicator = load(kecamatanChart(figures: "        kec-kecil: { desa: 4 }\n"))
        #expect(englishDiagnostics(unknownIndicator).contains { $0.contains("desa") && $0.contains("desa_kelurahan") })
        let notNumber = load(kecamatanChart(figures: "        kec-kecil: { penduduk: banyak }\n"))
        #expect(notNumber.graph == nil)
    }
}
