import Foundation
import Testing
import OrgFiles
import OrgModel
import TestSupport

/// The chart fields issue 10 added: the kind of a functional post, a Plt, and the settings of the
/// functional allowance, the retirement age by kind and the pelaksana education minimum.
@Suite("Functional kinds, Plt and the law's settings in the chart file")
struct LawFieldsTests {
    let yaml = smallChartYAML
        .replacingFirst("  region: kabupaten\n", with: """
              region: kabupaten
              settings:
                functional_allowance: { analis-kebijakan: { ahli-muda: 1200000, ahli-pertama: 600000 } }
                retirement_age: { penyuluh-pertanian: 60 }
                pelaksana_education: D-III

            """)
        .replacingFirst("  - id: staf\n", with: "  - { id: analis, title: Analis Kebijakan Ahli Pertama, unit: dinas.bidang, level: fungsional, jenjang: ahli-pertama, functional_kind: analis-kebijakan }\n  - id: staf\n")
        .replacingFirst("name: Budi Santoso, position: kabid,", with: "name: Budi Santoso, position: kabid, acting: kadis,")

    @Test("they are read, and written back equal")
    func roundTrip() throws {
        #expect(yaml.contains("functional_kind") && yaml.contains("acting: kadis") && yaml.contains("pelaksana_education"))
        let loaded = load(yaml)
        let chart = try #require(loaded.chart, "\(englishDiagnostics(loaded))")
        #expect(!loaded.diagnostics.hasErrors, "\(englishDiagnostics(loaded))")
        let s = chart.organisation.settings
        #expect(s.functionalAllowance["analis-kebijakan"]?[.ahliMuda] == 1_200_000)
        #expect(s.functionalAllowance(kind: "analis-kebijakan", jenjang: .ahliPertama) == 600_000)
        #expect(s.functionalAllowance(kind: "auditor", jenjang: .ahliMuda) == 1_100_000)   // the default table
        #expect(s.functionalAllowance(kind: "guru", jenjang: .ahliMuda) == nil)           // no table: not costed
        #expect(s.retirementAgeByKind["penyuluh-pertanian"] == 60 && s.pelaksanaEducation == .d3)
        #expect(chart.positions.first { $0.id == "analis" }?.functionalKind == "analis-kebijakan")
        #expect(chart.people.first { $0.name == "Budi Santoso" }?.acting == "kadis")
        let back = load(ChartWriter.yaml(chart))
        #expect(back.chart == chart)
    }

    @Test("a Plt of a post that does not exist, or of one's own post, is an error at its line")
    func badActing() {
        let unknown = load(yaml.replacingFirst("acting: kadis,", with: "acting: kadiss,"))
        #expect(unknown.chart == nil || unknown.diagnostics.hasErrors)
        let message = englishDiagnostics(unknown).first { $0.contains("kadiss") }
        #expect(message?.contains("did you mean 'kadis'") == true, "\(englishDiagnostics(unknown))")
        #expect(message?.hasPrefix("chart.yaml:\(lineNumber(of: "acting: kadiss", in: yaml.replacingFirst("acting: kadis,", with: "acting: kadiss,"))!):") == true)
        let own = load(yaml.replacingFirst("acting: kadis,", with: "acting: kabid,"))
        #expect(own.diagnostics.hasErrors)
    }

    @Test("a functional allowance for an unknown jenjang, or not a whole number, is an error")
    func badAllowance() {
        let jenjang = load(yaml.replacingFirst("ahli-muda: 1200000", with: "ahli-tengah: 1200000"))
        #expect(jenjang.diagnostics.hasErrors && englishDiagnostics(jenjang).contains { $0.contains("ahli-tengah") })
        let amount = load(yaml.replacingFirst("ahli-muda: 1200000", with: "ahli-muda: banyak"))
        #expect(amount.diagnostics.hasErrors && englishDiagnostics(amount).contains { $0.contains("functional_allowance.analis-kebijakan.ahli-muda") })
        let huge = load(yaml.replacingFirst("ahli-muda: 1200000", with: "ahli-muda: 9223372036854775807"))
        #expect(huge.diagnostics.hasErrors && englishDiagnostics(huge).contains { $0.contains("functional_allowance.analis-kebijakan.ahli-muda") && $0.contains("outside") })
        let age = load(yaml.replacingFirst("penyuluh-pertanian: 60", with: "penyuluh-pertanian: 600"))
        #expect(age.diagnostics.hasErrors && englishDiagnostics(age).contains { $0.contains("retirement_age.penyuluh-pertanian") })
    }

    @Test("affairs are a vocabulary with the usual spellings")
    func affairs() {
        #expect(Affair(spelling: "pekerjaan-umum-dan-penataan-ruang") == .pekerjaanUmum)
        #expect(Affair(spelling: "Pekerjaan Umum dan Penataan Ruang") == .pekerjaanUmum)
        #expect(Affair(spelling: "perumahan-rakyat-dan-kawasan-permukiman") == .perumahan)
        #expect(Affair(spelling: "ekonomi-kreatif") == nil)
        #expect(Affair.allCases.filter { !$0.isSupportFunction }.count == 32)
        #expect(AffairMerger(["komunikasi-informatika", "statistik", "persandian"]).oneFamily)
        #expect(!AffairMerger(["pangan", "perdagangan"]).oneFamily)
        #expect(AffairMerger.mergedType([.c, .c])! == (.b, 0))
        #expect(AffairMerger.mergedType([.b, .c])! == (.a, 0))
        #expect(AffairMerger.mergedType([.a, .c])! == (.a, 1))
    }

    @Test("one eselon table: the head of each kind of unit (PP 18/2016 Ps 95)")
    func headEselons() {
        let kecA = Unit(id: "k", name: "K", kind: .kecamatan, type: .a), kecB = Unit(id: "k", name: "K", kind: .kecamatan, type: .b)
        let sek = Unit(id: "s", name: "S", kind: .sekretariat)
        #expect(UnitKind.sekretariat.headEselon(type: nil, ancestors: [kecA]) == .iiiB)
        #expect(UnitKind.sekretariat.headEselon(type: nil, ancestors: [kecB]) == .ivA)
        #expect(UnitKind.subbagian.headEselon(type: nil, ancestors: [sek, kecA]) == .ivB)
        #expect(UnitKind.subbagian.headEselon(type: nil, ancestors: [sek, Unit(id: "d", name: "D", kind: .dinas)]) == .ivA)
        #expect(UnitKind.satpolPP.headEselon(type: .b, ancestors: []) == .iiB)
        #expect(UnitKind.upt.headEselon(type: .b, ancestors: []) == .ivB)
        #expect(UnitKind.rsud.headEselon(type: nil, ancestors: []) == nil)
        #expect(Jenjang.keahlian(forRank: .iiiB) == .ahliPertama && Jenjang.keahlian(forRank: .ivA) == .ahliMadya)
    }
}
