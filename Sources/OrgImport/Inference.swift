public import OrgModel

/// What a unit's name and a post's title say about them, as a kabupaten/kota's SOTK names them
/// (PP 18/2016, Permendagri 5/2017 nomenclature). Each rule lives here once.
public enum Inference {
    /// Nomenclature prefixes, longest first: "Sekretariat Daerah" before "Sekretariat".
    static let unitPrefixes: [(String, UnitKind)] = [
        ("pemerintah kabupaten", .pemda), ("pemerintah kota", .pemda), ("pemerintah kab", .pemda),
        ("sekretariat daerah", .sekretariatDaerah), ("sekretariat dprd", .sekretariatDPRD),
        ("sekretariat dewan perwakilan rakyat daerah", .sekretariatDPRD), ("inspektorat", .inspektorat),
        ("inspektur pembantu", .inspekturPembantu), ("satuan polisi pamong praja", .satpolPP), ("satpol pp", .satpolPP),
        ("rumah sakit umum daerah", .rsud), ("rsud", .rsud), ("uptd", .upt), ("upt", .upt), ("unit pelaksana teknis", .upt),
        ("dinas", .dinas), ("badan", .badan), ("kecamatan", .kecamatan), ("kelurahan", .kelurahan), ("asisten", .asisten),
        ("staf ahli", .stafAhli), ("kelompok jabatan fungsional", .kelompokFungsional), ("kelompok fungsional", .kelompokFungsional),
        ("sub bagian", .subbagian), ("subbagian", .subbagian), ("sub bidang", .subbidang), ("subbidang", .subbidang),
        ("bagian", .bagian), ("sekretariat", .sekretariat), ("bidang", .bidang), ("seksi", .seksi),
    ]

    /// The kind a unit's name gives (`Dinas …` → dinas, `Subbagian …` → subbagian); nil when it names none.
    public static func unitKind(name: String) -> UnitKind? {
        let k = Normalize.key(name)
        for (prefix, kind) in unitPrefixes where k == prefix || k.hasPrefix(prefix + " ") { return kind }
        return nil
    }

    /// Titles that head a unit: "Kepala …", "Sekretaris", "Camat", "Lurah", "Inspektur", "Direktur".
    public static func isHeadTitle(_ title: String) -> Bool {
        let k = Normalize.key(title)
        for p in ["kepala", "sekretaris", "camat", "lurah", "inspektur", "direktur", "asisten", "kasubbag", "kabid", "kasi", "plt kepala"]
        where k == p || k.hasPrefix(p + " ") { return true }
        return false
    }

    /// The unit a head title names: `Kepala Bidang X` → `Bidang X`, `Sekretaris` → `Sekretariat`,
    /// `Camat X` → `Kecamatan X`, `Lurah X` → `Kelurahan X`, `Inspektur` → `Inspektorat`.
    public static func unitName(headTitle title: String) -> String? {
        let words = Normalize.clean(title).split(separator: " ").map(String.init)
        guard let first = words.first?.lowercased() else { return nil }
        let rest = words.dropFirst().joined(separator: " ")
        switch first {
        case "kepala", "direktur": return rest.isEmpty ? nil : rest
        case "sekretaris":
            if rest.isEmpty { return "Sekretariat" }
            if Normalize.key(rest) == "daerah" { return "Sekretariat Daerah" }
            if Normalize.key(rest).hasPrefix("dprd") || Normalize.key(rest).hasPrefix("dewan") { return "Sekretariat " + rest }
            return "Sekretariat"
        case "camat": return "Kecamatan" + (rest.isEmpty ? "" : " " + rest)
        case "lurah": return "Kelurahan" + (rest.isEmpty ? "" : " " + rest)
        case "inspektur":
            if Normalize.key(rest).hasPrefix("pembantu") { return "Inspektur " + rest }
            return "Inspektorat" + (rest.isEmpty ? "" : " " + rest)
        case "asisten": return title
        default: return nil
        }
    }

    /// The usual level of the head of a unit of this kind, at a kabupaten/kota.
    public static func headLevel(_ kind: UnitKind) -> Level {
        switch kind {
        case .pemda: .politik
        case .sekretariatDaerah, .sekretariatDPRD, .inspektorat, .dinas, .badan, .satpolPP, .asisten, .stafAhli, .rsud: .jptPratama
        case .sekretariat, .bidang, .kecamatan, .bagian, .inspekturPembantu: .administrator
        case .subbidang, .seksi, .subbagian, .kelurahan, .upt: .pengawas
        case .kelompokFungsional: .fungsional
        }
    }

    /// The eselon a structural post of `level` carries heading a unit of `kind` under a parent of `parentKind`
    /// (Sekda II.a; kepala dinas/badan II.b; sekretaris, camat, kabag III.a; kabid III.b; kasubbag/kasi IV.a;
    /// kasubbag of a UPT IV.b).
    public static func eselon(level: Level, kind: UnitKind?, parentKind: UnitKind?) -> Eselon? {
        switch level {
        case .jptPratama: return kind == .sekretariatDaerah ? .iiA : .iiB
        case .administrator:
            switch kind {
            case .sekretariat, .kecamatan, .bagian, .inspekturPembantu: return .iiiA
            default: return .iiiB
            }
        case .pengawas: return parentKind == .upt ? .ivB : .ivA
        default: return nil
        }
    }

    /// The level of a non-head post from its title: a jenjang in the name makes it functional, else pelaksana.
    public static func staffLevel(title: String) -> (Level, Jenjang?) {
        if let j = Normalize.jenjang(title) { return (.fungsional, j) }
        return (.pelaksana, nil)
    }

    /// The kinds a unit of `kind` usually sits under, nearest first, for placing units a staff list names
    /// without a tree: a subbagian in the sekretariat, a sekretariat or bidang in its dinas/badan.
    static func parentKinds(_ kind: UnitKind) -> [UnitKind] {
        switch kind {
        case .subbagian: [.sekretariat, .bagian, .upt, .kecamatan, .kelurahan, .rsud, .badan, .dinas, .inspektorat, .satpolPP, .sekretariatDPRD]
        case .subbidang: [.bidang, .badan]
        case .seksi: [.bidang, .kecamatan, .dinas, .satpolPP]
        case .sekretariat, .bidang, .upt, .kelompokFungsional: [.dinas, .badan, .inspektorat, .satpolPP, .sekretariatDPRD, .kecamatan, .rsud]
        case .bagian: [.asisten, .sekretariatDaerah]
        case .asisten, .stafAhli: [.sekretariatDaerah]
        case .inspekturPembantu: [.inspektorat]
        case .kelurahan: [.kecamatan]
        default: []
        }
    }
}
