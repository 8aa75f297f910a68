import Testing
import OrgAnalysis
import OrgModel
import OrgFiles
import TestSupport

/// A compliant regency in miniature: every kind of perangkat daerah with its parts at the eselon PP 18/2016
/// Ps 95 gives them, heads by additional duty where Ps 95(7)–(9) allows them, every head filled.
/// Each compliance rule is tested by one change that breaks it (it fires) and by the changes nearest to
/// it that keep the law (it must not fire).
let compliantYAML = """
    format: ramping/1
    organisation: { id: kab-c, name: Kabupaten C, region: kabupaten, as_of: 2026-01-01 }
    units:
      - { id: pemda, name: Pemda C, kind: pemda }
      - { id: setda, name: Sekretariat Daerah, kind: sekretariat-daerah, parent: pemda, type: B }
      - { id: setda.asisten1, name: Asisten Pemerintahan, kind: asisten, parent: setda }
      - { id: setda.bag1, name: Bagian Organisasi, kind: bagian, parent: setda.asisten1 }
      - { id: setda.bag1.sub1, name: Subbagian Kelembagaan, kind: subbagian, parent: setda.bag1 }
      - { id: setwan, name: Sekretariat DPRD, kind: sekretariat-dprd, parent: pemda, type: C }
      - { id: setwan.bag1, name: Bagian Umum, kind: bagian, parent: setwan }
      - { id: setwan.bag1.sub1, name: Subbagian Rumah Tangga, kind: subbagian, parent: setwan.bag1 }
      - { id: insp, name: Inspektorat, kind: inspektorat, parent: pemda, type: C }
      - { id: insp.irban1, name: Inspektur Pembantu I, kind: inspektur-pembantu, parent: insp }
      - { id: sa, name: Staf Ahli Bupati, kind: staf-ahli, parent: pemda }
      - { id: dinas, name: Dinas C, kind: dinas, parent: pemda, type: C }
      - { id: dinas.sek, name: Sekretariat, kind: sekretariat, parent: dinas }
      - { id: dinas.sek.sub1, name: Subbagian Umum, kind: subbagian, parent: dinas.sek }
      - { id: dinas.sek.sub2, name: Subbagian Keuangan, kind: subbagian, parent: dinas.sek }
      - { id: dinas.b1, name: Bidang Satu, kind: bidang, parent: dinas }
      - { id: dinas.b1.s1, name: Seksi 1.1, kind: seksi, parent: dinas.b1 }
      - { id: dinas.b1.s2, name: Seksi 1.2, kind: seksi, parent: dinas.b1 }
      - { id: dinas.b1.s3, name: Seksi 1.3, kind: seksi, parent: dinas.b1 }
      - { id: dinas.b2, name: Bidang Dua, kind: bidang, parent: dinas }
      - { id: dinas.upt, name: UPT Laboratorium, kind: upt, parent: dinas, type: A }
      - { id: dinas.upt.tu, name: Subbagian Tata Usaha UPT, kind: subbagian, parent: dinas.upt }
      - { id: dinas.uptb, name: UPT Pasar, kind: upt, parent: dinas, type: B }
      - { id: dinas.pkm, name: UPT Puskesmas Kota, kind: upt, parent: dinas, type: B }
      - { id: satpol, name: Satuan Polisi Pamong Praja, kind: satpol-pp, parent: pemda, type: C, affairs: [ketenteraman-ketertiban] }
      - { id: badan, name: Badan Perencanaan dan Litbang, kind: badan, parent: pemda, type: C, affairs: [perencanaan, litbang] }
      - { id: badan.b1, name: Bidang Perencanaan, kind: bidang, parent: badan }
      - { id: badan.b1.sb1, name: Subbidang Ekonomi, kind: subbidang, parent: badan.b1 }
      - { id: kec, name: Kecamatan C, kind: kecamatan, parent: pemda, type: B }
      - { id: kec.sek, name: Sekretariat Kecamatan C, kind: sekretariat, parent: kec }
      - { id: kec.sek.sub1, name: Subbagian Umum Kecamatan C, kind: subbagian, parent: kec.sek }
      - { id: kec.s1, name: Seksi Pelayanan, kind: seksi, parent: kec }
      - { id: kel, name: Kelurahan C, kind: kelurahan, parent: kec }
      - { id: kel.s1, name: Seksi Ketertiban Kelurahan, kind: seksi, parent: kel }
      - { id: keca, name: Kecamatan Besar, kind: kecamatan, parent: pemda, type: A }
      - { id: keca.sek, name: Sekretariat Kecamatan Besar, kind: sekretariat, parent: keca }
      - { id: rsud, name: RSUD C, kind: rsud, parent: pemda }
    positions:
      - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }
      - { id: sekda, title: Sekretaris Daerah, unit: setda, head: true, level: jpt-pratama, eselon: II.a, grade: 16 }
      - { id: asisten1, title: Asisten Pemerintahan, unit: setda.asisten1, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
      - { id: kabag1, title: Kepala Bagian Organisasi, unit: setda.bag1, head: true, level: administrator, eselon: III.a, grade: 12 }
      - { id: kasubbag1, title: Kepala Subbagian Kelembagaan, unit: setda.bag1.sub1, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: sekwan, title: Sekretaris DPRD, unit: setwan, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
      - { id: kabag-dprd, title: Kepala Bagian Umum DPRD, unit: setwan.bag1, head: true, level: administrator, eselon: III.a, grade: 12 }
      - { id: kasubbag-dprd, title: Kepala Subbagian Rumah Tangga, unit: setwan.bag1.sub1, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: inspektur, title: Inspektur, unit: insp, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
      - { id: irban1, title: Inspektur Pembantu I, unit: insp.irban1, head: true, level: administrator, eselon: III.a, grade: 12 }
      - { id: staf-ahli, title: Staf Ahli Bupati, unit: sa, level: jpt-pratama, eselon: II.b, grade: 14, seats: 3 }
      - { id: staf-sa, title: Pengadministrasi Staf Ahli, unit: sa, level: pelaksana, grade: 5, seats: 2 }
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
      - { id: ka-upt, title: Kepala UPT Laboratorium, unit: dinas.upt, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: kasubbag-tu-upt, title: Kepala Subbagian Tata Usaha UPT, unit: dinas.upt.tu, head: true, level: pengawas, eselon: IV.b, grade: 8 }
      - { id: ka-uptb, title: Kepala UPT Pasar, unit: dinas.uptb, head: true, level: pengawas, eselon: IV.b, grade: 8 }
      - { id: ka-pkm, title: Dokter Ahli Pertama (Kepala Puskesmas Kota), unit: dinas.pkm, head: true, level: fungsional, jenjang: ahli-pertama, functional_kind: dokter, grade: 9 }
      - { id: perawat, title: Perawat Ahli Pertama, unit: dinas.pkm, level: fungsional, jenjang: ahli-pertama, functional_kind: perawat, grade: 10 }
      - { id: kasatpol, title: Kepala Satuan Polisi Pamong Praja, unit: satpol, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
      - { id: kaban, title: Kepala Badan, unit: badan, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
      - { id: kabid-badan, title: Kepala Bidang Perencanaan, unit: badan.b1, head: true, level: administrator, eselon: III.b, grade: 11 }
      - { id: kasubbid, title: Kepala Subbidang Ekonomi, unit: badan.b1.sb1, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: camat, title: Camat, unit: kec, head: true, level: administrator, eselon: III.a, grade: 12 }
      - { id: sekcam, title: Sekretaris Kecamatan C, unit: kec.sek, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: kasubbag-kec, title: Kepala Subbagian Umum Kecamatan C, unit: kec.sek.sub1, head: true, level: pengawas, eselon: IV.b, grade: 8 }
      - { id: kasi-kec, title: Kasi Pelayanan, unit: kec.s1, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: lurah, title: Lurah C, unit: kel, head: true, level: pengawas, eselon: IV.a, grade: 9 }
      - { id: kasi-kel, title: Kasi Ketertiban Kelurahan, unit: kel.s1, head: true, level: pengawas, eselon: IV.b, grade: 8 }
      - { id: camat-a, title: Camat Besar, unit: keca, head: true, level: administrator, eselon: III.a, grade: 12 }
      - { id: sekcam-a, title: Sekretaris Kecamatan Besar, unit: keca.sek, head: true, level: administrator, eselon: III.b, grade: 11 }
      - { id: direktur, title: Dokter Ahli Madya (Direktur RSUD), unit: rsud, head: true, level: fungsional, jenjang: ahli-madya, functional_kind: dokter, grade: 12 }
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
      - { nip: "199001012015031001", name: J Staf, position: staf, rank: II/a, education: SMA, status: pppk }
      - { nip: "197201011997031001", name: K Camat, position: camat, rank: IV/a, education: S1 }
      - { nip: "198501012010031001", name: L Kasi, position: kasi-kec, rank: III/c, education: S1 }
      - { nip: "198001012005031100", name: Pegawai Sekda, position: sekda, rank: IV/c, education: S1 }
      - { nip: "198002022005031101", name: Pegawai Asisten1, position: asisten1, rank: IV/b, education: S1 }
      - { nip: "198003032005031102", name: Pegawai Kabag1, position: kabag1, rank: IV/a, education: S1 }
      - { nip: "198004042005031103", name: Pegawai Kasubbag1, position: kasubbag1, rank: III/c, education: S1 }
      - { nip: "198005052005031104", name: Pegawai Sekwan, position: sekwan, rank: IV/b, education: S1 }
      - { nip: "198006062005031105", name: Pegawai Kabag Dprd, position: kabag-dprd, rank: IV/a, education: S1 }
      - { nip: "198007072005031106", name: Pegawai Kasubbag Dprd, position: kasubbag-dprd, rank: III/c, education: S1 }
      - { nip: "198008082005031107", name: Pegawai Inspektur, position: inspektur, rank: IV/b, education: S1 }
      - { nip: "198009092005031108", name: Pegawai Irban1, position: irban1, rank: IV/a, education: S1 }
      - { nip: "198010102005031109", name: Pegawai Kasatpol, position: kasatpol, rank: IV/b, education: S1 }
      - { nip: "198011112005031110", name: Pegawai Kaban, position: kaban, rank: IV/b, education: S1 }
      - { nip: "198012122005031111", name: Pegawai Kabid Badan, position: kabid-badan, rank: III/d, education: S1 }
      - { nip: "198001132005031112", name: Pegawai Kasubbid, position: kasubbid, rank: III/c, education: S1 }
      - { nip: "198002142005031113", name: Pegawai Camat A, position: camat-a, rank: IV/a, education: S1 }
      - { nip: "198003152005031114", name: Pegawai Sekcam A, position: sekcam-a, rank: III/d, education: S1 }
      - { nip: "198004162005031115", name: Pegawai Sekcam, position: sekcam, rank: III/c, education: S1 }
      - { nip: "198005172005031116", name: Pegawai Kasubbag Kec, position: kasubbag-kec, rank: III/b, education: S1 }
      - { nip: "198006182005031117", name: Pegawai Lurah, position: lurah, rank: III/c, education: S1 }
      - { nip: "198007192005031118", name: Pegawai Kasi Kel, position: kasi-kel, rank: III/b, education: S1 }
      - { nip: "198008202005031119", name: Pegawai Ka Upt, position: ka-upt, rank: III/c, education: S1 }
      - { nip: "198009212005031120", name: Pegawai Kasubbag Tu Upt, position: kasubbag-tu-upt, rank: III/b, education: S1 }
      - { nip: "198010222005031121", name: Pegawai Ka Uptb, position: ka-uptb, rank: III/b, education: S1 }
      - { nip: "198011232005031122", name: Pegawai Ka Pkm, position: ka-pkm, rank: III/a, education: S1 }
      - { nip: "198012242005031123", name: Pegawai Direktur, position: direktur, rank: IV/a, education: S1 }
    """

/// One change to the compliant chart, which must find its text: a change that silently does nothing
/// would make a "must not fire" test pass for the wrong reason.
func changed(_ yaml: String, _ changes: [(String, String)]) -> String {
    changes.reduce(yaml) { text, change in
        precondition(text.contains(change.0), "fixture text not found: \(change.0)")
        return text.replacingFirst(change.0, with: change.1)
    }
}

/// The full sample, loaded once for this test target.
let fullSample: OrgGraph = sampleGraph("OrgCharts/kabupaten-sragen.yaml")

struct ComplianceCase: CustomTestStringConvertible, Sendable {
    let rule: ComplianceRule
    let concern: String
    let changes: [(String, String)]
    var testDescription: String { "\(rule.id) on \(concern)" }

    init(_ rule: ComplianceRule, _ concern: String, _ changes: (String, String)...) {
        self.rule = rule
        self.concern = concern
        self.changes = changes
    }

    var yaml: String { changed(compliantYAML, changes) }
}

let addStaf = "  - { id: staf,"
let addUnit = "  - { id: rsud, name"

let complianceCases: [ComplianceCase] = [
    ComplianceCase(.sizeBidang, "dinas",
                   (addUnit, "  - { id: dinas.b3, name: Bidang Tiga, kind: bidang, parent: dinas }\n" + addUnit),
                   (addStaf, "  - { id: kabid3, title: Kabid Tiga, unit: dinas.b3, head: true, level: administrator, eselon: III.b, grade: 11 }\n" + addStaf)),
    // The same type A dinas with one affair: 5 bidang is over its cap of 4.
    ComplianceCase(.sizeBidang, "dinas",
                   ("kind: dinas, parent: pemda, type: C }", "kind: dinas, parent: pemda, type: A, affairs: [pangan] }"),
                   (addUnit, (3...5).map { "  - { id: dinas.b\($0), name: Bidang \($0), kind: bidang, parent: dinas }\n" }.joined() + addUnit)),
    ComplianceCase(.sizeSeksi, "dinas.b1",
                   (addUnit, "  - { id: dinas.b1.s4, name: Seksi 1.4, kind: seksi, parent: dinas.b1 }\n" + addUnit)),
    ComplianceCase(.sizeSeksi, "kec",
                   (addUnit, (2...5).map { "  - { id: kec.s\($0), name: Seksi \($0), kind: seksi, parent: kec }\n" }.joined() + addUnit)),
    ComplianceCase(.sizeSubbidang, "badan.b1",
                   (addUnit, (2...4).map { "  - { id: badan.b1.sb\($0), name: Subbidang \($0), kind: subbidang, parent: badan.b1 }\n" }.joined() + addUnit)),
    ComplianceCase(.sizeSubbagian, "dinas.sek",
                   (addUnit, "  - { id: dinas.sek.sub3, name: Subbagian Program, kind: subbagian, parent: dinas.sek }\n" + addUnit)),
    ComplianceCase(.sizeSubbagian, "kec.sek",
                   (addUnit, "  - { id: kec.sek.sub2, name: Subbagian 2, kind: subbagian, parent: kec.sek }\n  - { id: kec.sek.sub3, name: Subbagian 3, kind: subbagian, parent: kec.sek }\n" + addUnit)),
    ComplianceCase(.sizeAsisten, "setda",
                   ("kind: sekretariat-daerah, parent: pemda, type: B", "kind: sekretariat-daerah, parent: pemda, type: C"),
                   (addUnit, "  - { id: setda.asisten2, name: Asisten Dua, kind: asisten, parent: setda }\n  - { id: setda.asisten3, name: Asisten Tiga, kind: asisten, parent: setda }\n" + addUnit)),
    ComplianceCase(.sizeBagian, "setwan",
                   (addUnit, (2...4).map { "  - { id: setwan.bag\($0), name: Bagian \($0), kind: bagian, parent: setwan }\n" }.joined() + addUnit)),
    ComplianceCase(.sizeBagian, "setda.asisten1",
                   (addUnit, (2...4).map { "  - { id: setda.bag\($0), name: Bagian \($0), kind: bagian, parent: setda.asisten1 }\n" }.joined() + addUnit)),
    ComplianceCase(.sizeInspekturPembantu, "insp",
                   (addUnit, (2...4).map { "  - { id: insp.irban\($0), name: Irban \($0), kind: inspektur-pembantu, parent: insp }\n" }.joined() + addUnit)),
    ComplianceCase(.sizeStafAhli, "sa", ("grade: 14, seats: 3 }", "grade: 14, seats: 4 }")),
    ComplianceCase(.uptClassB, "dinas.uptb",
                   (addUnit, "  - { id: dinas.uptb.tu, name: Subbagian TU Pasar, kind: subbagian, parent: dinas.uptb }\n" + addUnit)),
    ComplianceCase(.typeMissing, "insp", ("kind: inspektorat, parent: pemda, type: C }", "kind: inspektorat, parent: pemda }")),
    ComplianceCase(.typeMissing, "satpol", ("kind: satpol-pp, parent: pemda, type: C,", "kind: satpol-pp, parent: pemda,")),
    ComplianceCase(.mergerAffairs, "dinas",
                   ("kind: dinas, parent: pemda, type: C }", "kind: dinas, parent: pemda, type: C, affairs: [perdagangan, perindustrian, koperasi-ukm, tenaga-kerja] }")),
    ComplianceCase(.mergerAffairs, "badan",
                   ("affairs: [perencanaan, litbang]", "affairs: [perencanaan, litbang, keuangan]")),
    ComplianceCase(.mergerFamily, "dinas", ("kind: dinas, parent: pemda, type: C }", "kind: dinas, parent: pemda, type: C, affairs: [pangan, perdagangan] }")),
    ComplianceCase(.affairUnknown, "dinas", ("kind: dinas, parent: pemda, type: C }", "kind: dinas, parent: pemda, type: C, affairs: [ekonomi-kreatif] }")),
    ComplianceCase(.eselonHead, "kabid2", ("eselon: III.b, grade: 11 }\n  - { id: staf", "eselon: III.a, grade: 11 }\n  - { id: staf")),
    // Ps 95(4)–(6): the sekretaris of a type B kecamatan is IV.a, of a type A III.b; a kasubbag in a kecamatan IV.b.
    ComplianceCase(.eselonHead, "sekcam", ("unit: kec.sek, head: true, level: pengawas, eselon: IV.a, grade: 9", "unit: kec.sek, head: true, level: administrator, eselon: III.b, grade: 11")),
    ComplianceCase(.eselonHead, "sekcam-a", ("unit: keca.sek, head: true, level: administrator, eselon: III.b, grade: 11", "unit: keca.sek, head: true, level: pengawas, eselon: IV.a, grade: 9")),
    ComplianceCase(.eselonHead, "kasubbag-kec", ("unit: kec.sek.sub1, head: true, level: pengawas, eselon: IV.b", "unit: kec.sek.sub1, head: true, level: pengawas, eselon: IV.a")),
    ComplianceCase(.eselonHead, "kasatpol", ("unit: satpol, head: true, level: jpt-pratama, eselon: II.b", "unit: satpol, head: true, level: administrator, eselon: III.a")),
    ComplianceCase(.eselonHead, "ka-uptb", ("unit: dinas.uptb, head: true, level: pengawas, eselon: IV.b", "unit: dinas.uptb, head: true, level: pengawas, eselon: IV.a")),
    ComplianceCase(.additionalDuty, "kabid2",
                   ("unit: dinas.b2, head: true, level: administrator, eselon: III.b, grade: 11", "unit: dinas.b2, head: true, level: fungsional, jenjang: ahli-madya, grade: 11")),
    ComplianceCase(.additionalDuty, "direktur", ("jenjang: ahli-madya, functional_kind: dokter, grade: 12", "jenjang: ahli-madya, functional_kind: guru, grade: 12")),
    ComplianceCase(.additionalDuty, "direktur",
                   ("unit: rsud, head: true, level: fungsional, jenjang: ahli-madya, functional_kind: dokter,", "unit: rsud, head: true, level: jpt-pratama, eselon: II.b,")),
    ComplianceCase(.eselonChain, "kasi11", ("title: Kasi 1.1, unit: dinas.b1.s1, head: true, level: pengawas, eselon: IV.a",
                                            "title: Kasi 1.1, unit: dinas.b1.s1, head: true, level: administrator, eselon: III.a")),
    ComplianceCase(.gradeChain, "staf", ("level: pelaksana, grade: 5, requires", "level: pelaksana, grade: 10, requires")),
    ComplianceCase(.rankRange, "197501012000031001", ("position: kabid1, rank: III/d", "position: kabid1, rank: III/b")),
    ComplianceCase(.rankAboveRange, "197501012000031001", ("position: kabid1, rank: III/d", "position: kabid1, rank: IV/c")),
    ComplianceCase(.rankJenjang, "198011232005031122", ("position: ka-pkm, rank: III/a", "position: ka-pkm, rank: II/d")),
    ComplianceCase(.educationLevel, "197501012000031001", ("position: kabid1, rank: III/d, education: S1", "position: kabid1, rank: III/d, education: D-III")),
    ComplianceCase(.educationLevel, "198011232005031122", ("position: ka-pkm, rank: III/a, education: S1", "position: ka-pkm, rank: III/a, education: D-III")),
    ComplianceCase(.educationLevel, "199001012015031001", ("position: staf, rank: II/a, education: SMA", "position: staf, rank: II/a, education: SMP")),
    ComplianceCase(.requirementUnmet, "199001012015031001", ("requires: { education: SMA }", "requires: { education: D-III }")),
    ComplianceCase(.retirementPast, "196701011990031001", ("\"199001012015031001\", name: J Staf", "\"196701011990031001\", name: J Staf")),
    ComplianceCase(.pppkManagerial, "198201012006031001", ("position: kasi11, rank: III/b, education: S1", "position: kasi11, rank: III/b, education: S1, status: pppk")),
    ComplianceCase(.headMissing, "dinas.b1.s3", ("  - { id: kasi13, title: Kasi 1.3, unit: dinas.b1.s3, head: true,", "  - { id: kasi13, title: Kasi 1.3, unit: dinas.b1.s3,")),
    ComplianceCase(.headVacant, "kabid2", ("position: kabid2,", "position: kabid1,")),
    ComplianceCase(.actingFilled, "198501012010031001", ("position: kasi-kec, rank: III/c", "position: kasi-kec, acting: kasi12, rank: III/c")),
    ComplianceCase(.functionalCoverage, "kasi12",
                   (addStaf, "  - { id: analis, title: Analis, unit: dinas.b1.s2, level: fungsional, jenjang: ahli-pertama, grade: 8 }\n" + addStaf)),
    // In the Setda only the tata usaha and procurement units keep their pengawas.
    ComplianceCase(.functionalCoverage, "kasubbag1",
                   (addStaf, "  - { id: analis, title: Analis Kelembagaan, unit: setda.bag1.sub1, level: fungsional, jenjang: ahli-pertama, grade: 8 }\n" + addStaf)),
    ComplianceCase(.layersDepth, "pemda", ("as_of: 2026-01-01 }", "as_of: 2026-01-01, settings: { max_layers: 3 } }")),
    // 180 + 90 + 70 = 340: statistik warrants only a bidang, not a type C dinas (PlanTests works it out).
    ComplianceCase(.typeAboveWarranted, "dinas", ("kind: dinas, parent: pemda, type: C }", "kind: dinas, parent: pemda, type: C, affairs: [statistik] }"),
                   ("as_of: 2026-01-01 }", "as_of: 2026-01-01, apbd: 2400000000000 }"),
                   ("\npeople:", "\ntypology: { population: 880000, area: 946, affairs: { statistik: { survei: 10, kompilasi: 10 } } }\npeople:")),
]

/// Changes that come near a rule and keep the law: the rule must not fire.
let lawfulCases: [ComplianceCase] = [
    // 180 + 450 + 350 = 980: statistik warrants type A, so type C is within it.
    ComplianceCase(.typeAboveWarranted, "dinas", ("kind: dinas, parent: pemda, type: C }", "kind: dinas, parent: pemda, type: C, affairs: [statistik] }"),
                   ("as_of: 2026-01-01 }", "as_of: 2026-01-01, apbd: 2400000000000 }"),
                   ("\npeople:", "\ntypology: { population: 880000, area: 946, affairs: { statistik: { survei: 200, kompilasi: 100 } } }\npeople:")),
    // A type A kecamatan's sekretaris at III.b and a type B's at IV.a are the compliant chart itself; a
    // type A kecamatan may have 5 seksi.
    ComplianceCase(.sizeSeksi, "keca", (addUnit, (1...5).map { "  - { id: keca.s\($0), name: Seksi \($0), kind: seksi, parent: keca }\n" }.joined() + addUnit)),
    // Staf ahli are counted by the seats of the staf ahli posts: their support staff do not count.
    ComplianceCase(.sizeStafAhli, "sa", ("title: Pengadministrasi Staf Ahli, unit: sa, level: pelaksana, grade: 5, seats: 2", "title: Pengadministrasi Staf Ahli, unit: sa, level: pelaksana, grade: 5, seats: 9")),
    // The +2 bidang of public works does not depend on how the affair is spelt.
    ComplianceCase(.sizeBidang, "dinas",
                   ("kind: dinas, parent: pemda, type: C }", "kind: dinas, parent: pemda, type: C, affairs: [pekerjaan-umum-dan-penataan-ruang] }"),
                   (addUnit, "  - { id: dinas.b3, name: Bidang Tiga, kind: bidang, parent: dinas }\n  - { id: dinas.b4, name: Bidang Empat, kind: bidang, parent: dinas }\n" + addUnit)),
    // A type A dinas that took in another affair may have 5 bidang (Ps 40(6), 54(2)): not an error.
    ComplianceCase(.sizeBidang, "dinas",
                   ("kind: dinas, parent: pemda, type: C }", "kind: dinas, parent: pemda, type: A, affairs: [pangan, pertanahan] }"),
                   (addUnit, (3...5).map { "  - { id: dinas.b\($0), name: Bidang \($0), kind: bidang, parent: dinas }\n" }.joined() + addUnit)),
    // Three affairs of one family in one dinas.
    ComplianceCase(.mergerFamily, "dinas", ("kind: dinas, parent: pemda, type: C }", "kind: dinas, parent: pemda, type: C, affairs: [Komunikasi dan Informatika, statistik, persandian] }")),
    ComplianceCase(.mergerAffairs, "dinas", ("kind: dinas, parent: pemda, type: C }", "kind: dinas, parent: pemda, type: C, affairs: [perdagangan, perindustrian, koperasi-ukm] }")),
    // A guru heading a school UPT by additional duty: no eselon rule.
    ComplianceCase(.eselonHead, "ka-pkm", ("jenjang: ahli-pertama, functional_kind: dokter, grade: 9", "jenjang: ahli-pertama, functional_kind: guru, grade: 9")),
    // A doctor of a higher class than the structural head above: normal.
    ComplianceCase(.gradeChain, "perawat", ("functional_kind: perawat, grade: 10", "functional_kind: perawat, grade: 15")),
    // A teacher of 58 years and 6 months serves to 60 (UU 14/2005 Ps 30(4)).
    ComplianceCase(.retirementPast, "196706012005031001",
                   (addStaf, "  - { id: guru, title: Guru Ahli Pertama, unit: dinas.b2, level: fungsional, jenjang: ahli-pertama, functional_kind: guru, grade: 8 }\n" + addStaf),
                   ("  - { nip: \"198501012010031001\"", "  - { nip: \"196706012005031001\", name: M Guru, position: guru, rank: III/b, education: S1 }\n  - { nip: \"198501012010031001\"")),
    // A PPPK pelaksana is no finding.
    ComplianceCase(.pppkManagerial, "199001012015031001", ("education: SMA, status: pppk }", "education: SMA, status: pppk }")),
    // A Plt in a vacant post covers it: the advice names the Plt, and acting.filled does not fire.
    ComplianceCase(.actingFilled, "198501012010031001", ("position: kabid2,", "position: kabid1,"), ("position: kasi-kec, rank: III/c", "position: kasi-kec, acting: kabid2, rank: III/c")),
    // The Setda's tata usaha and the Setwan keep their pengawas.
    ComplianceCase(.functionalCoverage, "kasubbag-dprd",
                   (addStaf, "  - { id: analis, title: Analis, unit: setwan.bag1.sub1, level: fungsional, jenjang: ahli-pertama, grade: 8 }\n" + addStaf)),
    ComplianceCase(.functionalCoverage, "kasubbag1",
                   ("name: Subbagian Kelembagaan, kind: subbagian", "name: Subbagian Tata Usaha, kind: subbagian"),
                   (addStaf, "  - { id: analis, title: Analis, unit: setda.bag1.sub1, level: fungsional, jenjang: ahli-pertama, grade: 8 }\n" + addStaf)),
    // A puskesmas (a UPT class B headed by a health official) may have a subbagian (Ps 84(3)).
    ComplianceCase(.uptClassB, "dinas.pkm", (addUnit, "  - { id: dinas.pkm.tu, name: Subbagian TU Puskesmas, kind: subbagian, parent: dinas.pkm }\n" + addUnit)),
]

@Suite("Compliance with the regulations")
struct ComplianceAnalysisTests {
    @Test("the compliant chart has no findings")
    func compliant() {
        let c = ComplianceAnalysis(analysisGraph(compliantYAML))
        #expect(c.findings.isEmpty, "\(c.findings.map { "\($0.rule.id): \($0.text(.english))" })")
    }

    @Test("each rule fires on what breaks it", arguments: complianceCases)
    func fires(_ c: ComplianceCase) throws {
        let analysis = ComplianceAnalysis(analysisGraph(c.yaml))
        let hits = analysis.findings.filter { $0.rule == c.rule }
        let hit = try #require(hits.first, "no \(c.rule.id) finding; got \(analysis.findings.map(\.rule.id))")
        #expect(hits.count == 1)
        #expect(hit.severity == c.rule.severity)
        #expect(hit.source.isEmpty == false)
        switch hit.concern {
        case .unit(let id), .position(let id), .person(let id): #expect(id == c.concern)
        }
        // Indonesian output names units and posts, never their ids, and has no English rule ids.
        let indonesian = hit.text(.indonesian)
        if c.concern.contains(".") || c.concern.contains("-") { #expect(!indonesian.contains(c.concern), "\(indonesian)") }
        #expect(!indonesian.contains(c.rule.id))
        #expect(indonesian != hit.text(.english))
        #expect(analysis.json(.english).serialized().contains("\"\(c.rule.id)\""))
    }

    @Test("each rule stays silent on what the law allows", arguments: lawfulCases)
    func silent(_ c: ComplianceCase) {
        let analysis = ComplianceAnalysis(analysisGraph(c.yaml))
        let hits = analysis.findings.filter { $0.rule == c.rule }
        #expect(hits.isEmpty, "\(hits.map { $0.text(.english) })")
    }

    @Test("every rule is tested firing")
    func everyRuleTested() {
        let tested = Set(complianceCases.map(\.rule))
        #expect(Set(ComplianceRule.allCases).subtracting(tested).isEmpty, "untested: \(Set(ComplianceRule.allCases).subtracting(tested).map(\.id))")
        for rule in ComplianceRule.allCases {
            #expect(rule.source.isEmpty == false)
            #expect(rule.summary(.indonesian) != rule.summary(.english))
        }
    }

    @Test("a finding names its article and the narrower one of its unit's type")
    func articles() throws {
        let yaml = changed(compliantYAML, [(addUnit, "  - { id: dinas.b3, name: Bidang Tiga, kind: bidang, parent: dinas }\n" + addUnit)])
        let hit = try #require(ComplianceAnalysis(analysisGraph(yaml)).findings.first { $0.rule == .sizeBidang })
        #expect(hit.source == "PP 18/2016 Ps 83(1)")
        #expect(hit.text(.indonesian) == "Dinas C punya 3 Bidang, melebihi batas 2 untuk Dinas tipe C; gabungkan atau hapus 1")
        let kec = changed(compliantYAML, [("unit: kec.sek.sub1, head: true, level: pengawas, eselon: IV.b", "unit: kec.sek.sub1, head: true, level: pengawas, eselon: IV.a")])
        let eselon = try #require(ComplianceAnalysis(analysisGraph(kec)).findings.first { $0.rule == .eselonHead })
        #expect(eselon.source == "PP 18/2016 Ps 95(6)")
    }

    @Test("a Plt is named in the vacancy advice")
    func plt() throws {
        let yaml = changed(compliantYAML, [("position: kabid2,", "position: kabid1,"), ("position: kasi-kec, rank: III/c", "position: kasi-kec, acting: kabid2, rank: III/c")])
        let hit = try #require(ComplianceAnalysis(analysisGraph(yaml)).findings.first { $0.rule == .headVacant })
        #expect(hit.detail == .headVacant(post: "Kabid Dua", acting: "L Kasi"))
    }

    @Test("the documented exceptions: public works and agriculture may have 2 more bidang, a type C DPMPTSP 3")
    func exceptions() {
        var yaml = changed(compliantYAML, [("kind: dinas, parent: pemda, type: C }", "kind: dinas, parent: pemda, type: C, affairs: [penanaman-modal] }")])
        yaml = changed(yaml, [(addUnit, "  - { id: dinas.b3, name: Bidang Tiga, kind: bidang, parent: dinas }\n" + addUnit),
                              (addStaf, "  - { id: kabid3, title: Kabid Tiga, unit: dinas.b3, head: true, level: administrator, eselon: III.b, grade: 11 }\n" + addStaf)])
        #expect(ComplianceAnalysis(analysisGraph(yaml)).findings.filter { $0.rule == .sizeBidang }.isEmpty)
        let pu = yaml.replacingFirst("affairs: [penanaman-modal]", with: "affairs: [pertanian]")
        #expect(ComplianceAnalysis(analysisGraph(pu)).findings.filter { $0.rule == .sizeBidang }.isEmpty)
        let other = yaml.replacingFirst("affairs: [penanaman-modal]", with: "affairs: [perhubungan]")
        #expect(ComplianceAnalysis(analysisGraph(other)).findings.filter { $0.rule == .sizeBidang }.count == 1)
    }

    @Test func rankOneStepBelowIsAllowed() {
        // Kabid (III.b: III/d–IV/a) with III/c, one step below: allowed.
        let yaml = changed(compliantYAML, [("position: kabid1, rank: III/d", "position: kabid1, rank: III/c")])
        #expect(ComplianceAnalysis(analysisGraph(yaml)).findings.isEmpty)
    }

    @Test("the full sample carries the problems it was built with, and no false eselon or class findings")
    func sample() throws {
        let graph = fullSample
        let c = ComplianceAnalysis(graph)
        #expect(c.findings.contains { $0.rule == .sizeBidang && $0.concern == .unit("dishub") })
        #expect(c.findings.contains { $0.rule == .retirementPast })
        #expect(c.findings.contains { $0.rule == .headVacant })
        #expect(!c.findings.contains { $0.rule == .eselonHead }, "\(c.findings.filter { $0.rule == .eselonHead }.map { $0.text(.english) })")
        #expect(!c.findings.contains { $0.rule == .gradeChain && $0.concern.id.contains("puskesmas") })
        let spans = SpanAnalysis(graph)
        #expect(spans.summary.narrow > 0)
        let gaps = GapAnalysis(graph, horizon: 5)
        #expect(gaps.summary.shortage > 0 && gaps.summary.surplus > 0)
        #expect(gaps.retirements.contains { $0.structural && $0.year >= 1 })
    }
}
