import Testing
import OrgAnalysis
import OrgModel
import OrgFiles
import TestSupport

/// A compliant chart: a type C dinas with 2 bidang of 3 seksi, a sekretariat with 2 subbagian, a kecamatan.
let compliantYAML = """
    format: ramping/1
    organisation: { id: kab-c, name: Kabupaten C, region: kabupaten, as_of: 2026-01-01 }
    units:
      - { id: pemda, name: Pemda C, kind: pemda }
      - { id: dinas, name: Dinas C, kind: dinas, parent: pemda, type: C }
      - { id: dinas.sek, name: Sekretariat, kind: sekretariat, parent: dinas }
      - { id: dinas.sek.sub1, name: Subbagian Umum, kind: subbagian, parent: dinas.sek }
      - { id: dinas.sek.sub2, name: Subbagian Keuangan, kind: subbagian, parent: dinas.sek }
      - { id: dinas.b1, name: Bidang Satu, kind: bidang, parent: dinas }
      - { id: dinas.b1.s1, name: Seksi 1.1, kind: seksi, parent: dinas.b1 }
      - { id: dinas.b1.s2, name: Seksi 1.2, kind: seksi, parent: dinas.b1 }
      - { id: dinas.b1.s3, name: Seksi 1.3, kind: seksi, parent: dinas.b1 }
      - { id: dinas.b2, name: Bidang Dua, kind: bidang, parent: dinas }
      - { id: kec, name: Kecamatan C, kind: kecamatan, parent: pemda, type: B }
      - { id: kec.s1, name: Seksi Pelayanan, kind: seksi, parent: kec }
    positions:
      - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }
      - { id: kadis, title: Kepala Dinas, unit: dinas, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
      - { id: sekdis, title: Sekretaris, unit: dinas.sek, head: true, level: administrator, eselon: III.a, grade: 12 }
      - { id: sub1, title: Kasubbag Umum, unit: dinas.sek.sub1, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: sub2, title: Kasubbag Keuangan, unit: dinas.sek.sub2, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: kabid1, title: Kabid Satu, unit: dinas.b1, head: true, level: administrator, eselon: III.b, grade: 11 }
      - { id: kasi11, title: Kasi 1.1, unit: dinas.b1.s1, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: kasi12, title: Kasi 1.2, unit: dinas.b1.s2, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: kasi13, title: Kasi 1.3, unit: dinas.b1.s3, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: kabid2, title: Kabid Dua, unit: dinas.b2, head: true, level: administrator, eselon: III.b, grade: 11 }
      - { id: staf, title: Pengadministrasi, unit: dinas.b1.s1, level: pelaksana, grade: 5, requires: { education: SMA } }
      - { id: camat, title: Camat, unit: kec, head: true, level: administrator, eselon: III.a, grade: 12 }
      - { id: kasi-kec, title: Kasi Pelayanan, unit: kec.s1, head: true, level: pengawas, eselon: IV.a, grade: 9 }
    people:
      - { nip: "197001011995031001", name: A Kadis, position: kadis, rank: IV/b, education: S2 }
      - { nip: "197101011996031001", name: B Sekdis, position: sekdis, rank: IV/a, education: S1 }
      - { nip: "198001012005031001", name: C Sub1, position: sub1, rank: III/c, education: S1 }
      - { nip: "198101012005031001", name: D Sub2, position: sub2, rank: III/d, education: D-III }
      - { nip: "197501012000031001", name: E Kabid1, position: kabid1, rank: III/d, education: S1 }
      - { nip: "198201012006031001", name: F Kasi11, position: kasi11, rank: III/b, education: S1 }
      - { nip: "198301012006031001", name: G Kasi12, position: kasi12, rank: III/c, education: S1 }
      - { nip: "198401012006031001", name: H Kasi13, position: kasi13, rank: III/c, education: S1 }
      - { nip: "197601012000031001", name: I Kabid2, position: kabid2, rank: IV/a, education: S2 }
      - { nip: "199001012015031001", name: J Staf, position: staf, rank: II/a, education: SMA }
      - { nip: "197201011997031001", name: K Camat, position: camat, rank: IV/a, education: S1 }
      - { nip: "198501012010031001", name: L Kasi, position: kasi-kec, rank: III/c, education: S1 }

    """

struct ComplianceCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let severity: ComplianceAnalysis.Severity
    let concern: String
    let changes: [(String, String)]
    var testDescription: String { "\(rule) on \(concern)" }

    init(_ rule: String, _ severity: ComplianceAnalysis.Severity, _ concern: String, _ changes: (String, String)...) {
        self.rule = rule
        self.severity = severity
        self.concern = concern
        self.changes = changes
    }

    var yaml: String { changes.reduce(compliantYAML) { $0.replacingFirst($1.0, with: $1.1) } }
}

let complianceCases: [ComplianceCase] = [
    ComplianceCase("size.bidang", .error, "dinas",
                   ("  - { id: kec, name", "  - { id: dinas.b3, name: Bidang Tiga, kind: bidang, parent: dinas }\n  - { id: kec, name"),
                   ("  - { id: staf,", "  - { id: kabid3, title: Kabid Tiga, unit: dinas.b3, head: true, level: administrator, eselon: III.b, grade: 11 }\n  - { id: staf,")),
    ComplianceCase("size.seksi", .error, "dinas.b1",
                   ("  - { id: dinas.b2, name", "  - { id: dinas.b1.s4, name: Seksi 1.4, kind: seksi, parent: dinas.b1 }\n  - { id: dinas.b2, name"),
                   ("  - { id: staf,", "  - { id: kasi14, title: Kasi 1.4, unit: dinas.b1.s4, head: true, level: pengawas, eselon: IV.a, grade: 9 }\n  - { id: staf,")),
    ComplianceCase("size.subbagian", .error, "dinas.sek",
                   ("  - { id: dinas.b1, name", "  - { id: dinas.sek.sub3, name: Subbagian Program, kind: subbagian, parent: dinas.sek }\n  - { id: dinas.b1, name"),
                   ("  - { id: staf,", "  - { id: sub3, title: Kasubbag Program, unit: dinas.sek.sub3, head: true, level: pengawas, eselon: IV.a, grade: 9 }\n  - { id: staf,")),
    ComplianceCase("eselon.head", .error, "kabid2", ("eselon: III.b, grade: 11 }\n  - { id: staf", "eselon: III.a, grade: 11 }\n  - { id: staf")),
    ComplianceCase("eselon.chain", .error, "kasi11", ("title: Kasi 1.1, unit: dinas.b1.s1, head: true, level: pengawas, eselon: IV.a",
                                                      "title: Kasi 1.1, unit: dinas.b1.s1, head: true, level: administrator, eselon: III.a")),
    ComplianceCase("grade.chain", .warning, "staf", ("level: pelaksana, grade: 5", "level: pelaksana, grade: 10")),
    ComplianceCase("rank.range", .error, "197501012000031001", ("position: kabid1, rank: III/d", "position: kabid1, rank: III/b")),
    ComplianceCase("rank.range", .warning, "197501012000031001", ("position: kabid1, rank: III/d", "position: kabid1, rank: IV/c")),
    ComplianceCase("education.level", .error, "197501012000031001", ("position: kabid1, rank: III/d, education: S1", "position: kabid1, rank: III/d, education: D-III")),
    ComplianceCase("requirement.unmet", .warning, "199001012015031001", ("requires: { education: SMA }", "requires: { education: D-III }")),
    ComplianceCase("retirement.past", .error, "196701011990031001", ("\"199001012015031001\", name: J Staf", "\"196701011990031001\", name: J Staf")),
    ComplianceCase("head.missing", .error, "dinas.b1.s3", ("  - { id: kasi13, title: Kasi 1.3, unit: dinas.b1.s3, head: true,", "  - { id: kasi13, title: Kasi 1.3, unit: dinas.b1.s3,")),
    ComplianceCase("head.vacant", .warning, "kabid2", ("position: kabid2,", "position: kabid1,")),
    ComplianceCase("functional.coverage", .warning, "kasi12",
                   ("  - { id: camat,", "  - { id: analis, title: Analis, unit: dinas.b1.s2, level: fungsional, jenjang: ahli-pertama, grade: 8 }\n  - { id: camat,")),
    ComplianceCase("layers.depth", .warning, "pemda", ("as_of: 2026-01-01 }", "as_of: 2026-01-01, settings: { max_layers: 3 } }")),
]

@Suite("Compliance with the regulations")
struct ComplianceAnalysisTests {
    @Test("the compliant chart has no findings")
    func compliant() {
        let c = ComplianceAnalysis(analysisGraph(compliantYAML))
        #expect(c.findings.isEmpty, "\(c.findings.map { "\($0.rule): \($0.message.english)" })")
    }

    @Test("each rule fires on what breaks it", arguments: complianceCases)
    func fires(_ c: ComplianceCase) throws {
        let analysis = ComplianceAnalysis(analysisGraph(c.yaml))
        let hits = analysis.findings.filter { $0.rule == c.rule }
        let hit = try #require(hits.first, "no \(c.rule) finding; got \(analysis.findings.map(\.rule))")
        #expect(hits.count == 1)
        #expect(hit.severity == c.severity)
        #expect(hit.source.isEmpty == false)
        #expect(hit.message.english.isEmpty == false && hit.message.indonesian != hit.message.english)
        let concernID = analysis.json(.english).serialized()
        #expect(concernID.contains("\"\(c.rule)\""))
        switch hit.concern {
        case .unit(let id), .position(let id), .person(let id): #expect(id == c.concern)
        }
    }

    @Test("the documented exceptions: public works and agriculture may have 2 more bidang, a type C DPMPTSP 3")
    func exceptions() {
        var yaml = compliantYAML.replacingFirst("kind: dinas, parent: pemda, type: C }",
                                                with: "kind: dinas, parent: pemda, type: C, affairs: [penanaman-modal] }")
        yaml = yaml.replacingFirst("  - { id: kec, name", with: "  - { id: dinas.b3, name: Bidang Tiga, kind: bidang, parent: dinas }\n  - { id: kec, name")
        yaml = yaml.replacingFirst("  - { id: staf,", with: "  - { id: kabid3, title: Kabid Tiga, unit: dinas.b3, head: true, level: administrator, eselon: III.b, grade: 11 }\n  - { id: staf,")
        #expect(ComplianceAnalysis(analysisGraph(yaml)).findings.filter { $0.rule == "size.bidang" }.isEmpty)
        let pu = yaml.replacingFirst("affairs: [penanaman-modal]", with: "affairs: [pekerjaan-umum]")
        #expect(ComplianceAnalysis(analysisGraph(pu)).findings.filter { $0.rule == "size.bidang" }.isEmpty)
        let other = yaml.replacingFirst("affairs: [penanaman-modal]", with: "affairs: [perhubungan]")
        #expect(ComplianceAnalysis(analysisGraph(other)).findings.filter { $0.rule == "size.bidang" }.count == 1)
    }

    @Test("pengawas posts stay where the Mendagri rules keep them")
    func keptPengawas() {
        let yaml = compliantYAML.replacingFirst("  - { id: camat,", with: "  - { id: analis, title: Analis, unit: kec.s1, level: fungsional, jenjang: ahli-pertama, grade: 8, reports_to: camat }\n  - { id: camat,")
        #expect(ComplianceAnalysis(analysisGraph(yaml)).findings.filter { $0.rule == "functional.coverage" }.isEmpty)
    }

    @Test func rankOneStepBelowIsAllowed() {
        // Kabid (III.b: III/d–IV/a) with III/c, one step below: allowed.
        let yaml = compliantYAML.replacingFirst("position: kabid1, rank: III/d", with: "position: kabid1, rank: III/c")
        #expect(ComplianceAnalysis(analysisGraph(yaml)).findings.isEmpty)
    }

    @Test("the full sample carries the problems it was built with")
    func sample() throws {
        let graph = try #require(loadedChart("OrgCharts/kabupaten-sragen.yaml").graph)
        let c = ComplianceAnalysis(graph)
        #expect(c.findings.contains { $0.rule == "size.bidang" && $0.concern == .unit("dishub") })
        #expect(c.findings.contains { $0.rule == "retirement.past" })
        #expect(c.findings.contains { $0.rule == "head.vacant" })
        let spans = SpanAnalysis(graph)
        #expect(spans.summary.narrow > 0)
        let gaps = GapAnalysis(graph, horizon: 5)
        #expect(gaps.summary.shortage > 0 && gaps.summary.surplus > 0)
        #expect(gaps.retirements.contains { $0.structural && $0.year >= 1 })
    }
}
