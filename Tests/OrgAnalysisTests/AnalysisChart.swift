import OrgFiles
import OrgModel
import TestSupport

/// A small chart for the analysers, every figure of which the tests work out by hand:
/// - `dinas.bid1.seksi1` has no head, so `verif` reports to `kabid1`;
/// - `analis` has an explicit `reports_to: kadis` and a dotted line to `kabid1`;
/// - `staf-sek` needs 1,875 h ÷ 1,250 = 1.5 people: half up, 2;
/// - `analis` has no workload (it needs its 2 seats) and is vacant; `kabid2` is vacant.
let analysisChartYAML = """
    format: ramping/1
    organisation: { id: kab-a, name: Kabupaten A, region: kabupaten, as_of: 2026-01-01 }
    units:
      - { id: pemda, name: Pemda A, kind: pemda }
      - { id: dinas, name: Dinas A, kind: dinas, parent: pemda, type: B }
      - { id: dinas.sek, name: Sekretariat, kind: sekretariat, parent: dinas }
      - { id: dinas.bid1, name: Bidang Satu, kind: bidang, parent: dinas }
      - { id: dinas.bid1.seksi1, name: Seksi Tanpa Kepala, kind: seksi, parent: dinas.bid1 }
      - { id: dinas.bid2, name: Bidang Dua, kind: bidang, parent: dinas }
    positions:
      - { id: bupati, title: Bupati, unit: pemda, head: true, level: politik }
      - { id: kadis, title: Kepala Dinas, unit: dinas, head: true, level: jpt-pratama, eselon: II.b, grade: 14 }
      - { id: sekdis, title: Sekretaris, unit: dinas.sek, head: true, level: administrator, eselon: III.a, grade: 12 }
      - { id: kabid1, title: Kabid Satu, unit: dinas.bid1, head: true, level: administrator, eselon: III.b, grade: 11 }
      - { id: kabid2, title: Kabid Dua, unit: dinas.bid2, head: true, level: administrator, eselon: III.b, grade: 11 }
      - { id: staf-sek, title: Pengadministrasi, unit: dinas.sek, level: pelaksana, grade: 5, seats: 3,
          workload: [{ task: Surat, volume: 2250, minutes: 50 }] }
      - { id: verif, title: Verifikator, unit: dinas.bid1.seksi1, level: pelaksana, grade: 7, seats: 6,
          workload: [{ task: Verifikasi, volume: 9000, minutes: 40 }] }
      - { id: analis, title: Analis, unit: dinas.bid2, level: fungsional, jenjang: ahli-pertama, grade: 8, seats: 2,
          reports_to: kadis, dotted: [kabid1] }
      - { id: pelaksana2, title: Pelaksana, unit: dinas.bid2, level: pelaksana, grade: 5,
          workload: [{ task: Arsip, volume: 100, minutes: 60 }] }
    people:
      - { nip: "197001011995031001", name: Kadis, position: kadis, rank: IV/b, education: S2 }
      - { nip: "196803101992031002", name: Sekdis, position: sekdis, rank: IV/a, education: S1 }
      - { nip: "197505052000031003", name: Kabid, position: kabid1, rank: IV/a, education: S1 }
      - { nip: "198001012005012001", name: Staf Satu, position: staf-sek, rank: II/c, education: SMA }
      - { nip: "198101012005012002", name: Staf Dua, position: staf-sek, rank: II/c, education: SMA }
      - { nip: "199001012015031001", name: Verif Satu, position: verif, rank: II/b, education: D-III }
      - { nip: "199101012015031002", name: Verif Dua, position: verif, rank: II/b, education: D-III }
      - { nip: "199201012015031003", name: Verif Tiga, position: verif, rank: II/b, education: D-III }
      - { nip: "196711201990031001", name: Pelaksana Tua, position: pelaksana2, rank: III/a, education: SMA }
      - { nip: "198501012010011001", name: Dalam Pool, rank: III/a, education: S1 }

    """

func analysisGraph(_ yaml: String = analysisChartYAML) -> OrgGraph {
    let loaded = load(yaml)
    guard let graph = loaded.graph else { fatalError("test chart invalid: \(englishDiagnostics(loaded))") }
    return graph
}
