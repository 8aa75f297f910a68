import OrgModel

/// The words a planner reads on a diagram for the chart's vocabularies: "Sekretariat Daerah", "Ahli
/// Pertama", "Administrator", never the file's slug (`sekretariat-daerah`, `ahli-pertama`).
///
/// A private mapping of the diagrams until the vocabularies carry their own `label(_:)` (issue 9 §4):
/// then these functions should call it. (Note for the lead: unify with `Vocabulary.label`.)
enum DiagramLabel {
    /// The name of a unit kind: "Sekretariat Daerah", "Dinas", "Kelompok Jabatan Fungsional".
    static func unitKind(_ kind: UnitKind, _ l: Language) -> String {
        switch kind {
        case .pemda: l.pick("Pemerintah Daerah", "Regional government")
        case .sekretariatDaerah: l.pick("Sekretariat Daerah", "Regional Secretariat")
        case .sekretariatDPRD: l.pick("Sekretariat DPRD", "DPRD Secretariat")
        case .inspektorat: "Inspektorat"
        case .dinas: "Dinas"
        case .badan: "Badan"
        case .satpolPP: "Satpol PP"
        case .kecamatan: "Kecamatan"
        case .kelurahan: "Kelurahan"
        case .asisten: l.pick("Asisten", "Assistant")
        case .bagian: "Bagian"
        case .sekretariat: l.pick("Sekretariat", "Secretariat")
        case .bidang: "Bidang"
        case .subbidang: "Subbidang"
        case .seksi: "Seksi"
        case .subbagian: "Subbagian"
        case .inspekturPembantu: l.pick("Inspektur Pembantu", "Assistant Inspector")
        case .upt: "UPT"
        case .rsud: "RSUD"
        case .stafAhli: l.pick("Staf Ahli", "Expert staff")
        case .kelompokFungsional: l.pick("Kelompok Jabatan Fungsional", "Functional group")
        }
    }

    /// A unit kind as it heads a group of several: "Dinas", "Kecamatan", "UPT".
    static func unitKindGroup(_ kind: UnitKind, _ l: Language) -> String { unitKind(kind, l) }

    /// "Ahli Pertama", "Terampil".
    static func jenjang(_ j: Jenjang, _ l: Language) -> String {
        switch j {
        case .ahliUtama: l.pick("Ahli Utama", "Expert, principal")
        case .ahliMadya: l.pick("Ahli Madya", "Expert, senior")
        case .ahliMuda: l.pick("Ahli Muda", "Expert, middle")
        case .ahliPertama: l.pick("Ahli Pertama", "Expert, first")
        case .penyelia: l.pick("Penyelia", "Supervisor")
        case .mahir: l.pick("Mahir", "Skilled")
        case .terampil: l.pick("Terampil", "Competent")
        case .pemula: l.pick("Pemula", "Beginner")
        }
    }

    /// "JPT Pratama", "Administrator", "Pelaksana", "Fungsional".
    static func level(_ level: Level, _ l: Language) -> String {
        switch level {
        case .politik: l.pick("Jabatan politik", "Political post")
        case .jptPratama: "JPT Pratama"
        case .administrator: "Administrator"
        case .pengawas: l.pick("Pengawas", "Supervisor")
        case .pelaksana: l.pick("Pelaksana", "Staff")
        case .fungsional: l.pick("Fungsional", "Functional")
        }
    }

    /// "Tipe A" / "Type A".
    static func type(_ t: UnitType, _ l: Language) -> String { l.pick("Tipe \(t.rawValue)", "Type \(t.rawValue)") }

    /// The date a chart describes, for a title: "per 1 Januari 2026" / "as of 1 January 2026".
    static func asOf(_ day: Day, _ l: Language) -> String { l.pick("per ", "as of ") + l.date(day) }
}
