import Foundation
import Testing
import OrgFiles
import OrgModel
import TestSupport

/// The chart fields of issue 14: `apbd`, `typology:` (inline or a file beside the chart) and the cost
/// and formasi settings; each read, written back and located when wrong.
@Suite("Typology, APBD and the cost settings in the chart file")
struct TypologyFieldsTests {
    static let chart = """
        format: ramping/1
        organisation: { id: kab-t, name: Kabupaten T, region: kabupaten, as_of: 2026-01-01, apbd: 2400000000000,
                        settings: { tpp: { 5: 4100000 }, gaji_pokok: { III/a: [2800000, 4600000] }, belanja_pegawai_ceiling: 0.25, pppk_share: 0.3 } }
        units:
          - { id: pemda, name: Pemda T, kind: pemda }
        positions:
          - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }
        typology: TYPOLOGY

        """

    @Test func inlineFieldsAreReadAndWrittenBack() throws {
        let yaml = Self.chart.replacingFirst("TYPOLOGY", with: "{ population: 880000, area: 946, affairs: { pupr: { panjang_jalan: 880 } } }")
        let loaded = load(yaml)
        let chart = try #require(loaded.chart)
        #expect(loaded.isValid, "\(englishDiagnostics(loaded))")
        #expect(chart.organisation.apbd == 2.4e12)
        #expect(chart.organisation.settings.tpp == [5: 4_100_000] && chart.organisation.settings.pppkShare == 0.3)
        #expect(chart.organisation.settings.baseSalary[.iiiA] == 2_800_000...4_600_000)
        #expect(chart.organisation.settings.personnelSpendingCeiling == 0.25)
        // `pupr` is a spelling of the public-works affair: stored under the table's own key.
        #expect(chart.typology?.indicators == ["pekerjaan-umum": ["panjang_jalan": 880]])
        let again = try #require(load(ChartWriter.yaml(chart)).chart)
        #expect(again == chart)
    }

    @Test("typology: FILE reads the figures beside the chart; a wrong key is located in that file")
    func separateFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chartPath = folder.appendingPathComponent("kabupaten.yaml").path
        try Self.chart.replacingFirst("TYPOLOGY", with: "tipologi.yaml").write(toFile: chartPath, atomically: true, encoding: .utf8)
        let figures = "population: 880000\narea: 946\naffairs:\n  statistik: { survei: 10, kompilasi: 10 }\n"
        let figuresPath = folder.appendingPathComponent("tipologi.yaml").path
        try figures.write(toFile: figuresPath, atomically: true, encoding: .utf8)
        let loaded = ChartLoader.load(path: chartPath)
        #expect(loaded.isValid, "\(englishDiagnostics(loaded))")
        #expect(loaded.chart?.typology?.indicators["statistik"] == ["survei": 10, "kompilasi": 10])

        try figures.replacingFirst("kompilasi", with: "kompilas").write(toFile: figuresPath, atomically: true, encoding: .utf8)
        let bad = ChartLoader.load(path: chartPath)
        let message = try #require(englishDiagnostics(bad).first { $0.contains("kompilas") })
        #expect(message.hasPrefix(figuresPath + ":4:"), "\(message)")
        #expect(message.contains("kompilasi"))
        #expect(!bad.isValid)

        try FileManager.default.removeItem(atPath: figuresPath)
        let missing = ChartLoader.load(path: chartPath)
        #expect(!missing.isValid)
        #expect(englishDiagnostics(missing).contains { $0.hasPrefix(chartPath + ":8:") })
    }

    @Test func badSettingsAreLocated() {
        let yaml = Self.chart.replacingFirst("TYPOLOGY", with: "{ population: 1 }")
            .replacingFirst("III/a: [2800000, 4600000]", with: "III/z: [2800000, 4600000]")
            .replacingFirst("pppk_share: 0.3", with: "pppk_share: 3")
        let messages = englishDiagnostics(load(yaml))
        #expect(messages.contains { $0.contains("III/z") && $0.contains("chart.yaml:3:") })
        #expect(messages.contains { $0.contains("pppk_share") })
    }
}
