public import OrgModel

/// Every rule `ramping analyse compliance` checks, with its stable id (the `rule` key of the JSON), its
/// severity (error: a breach of a regulation; warning: advice), the article it rests on and what it
/// checks, each written once here (domain rules, sections 3–8).
public enum ComplianceRule: String, CaseIterable, Sendable, Comparable {
    case sizeBidang = "size.bidang"
    case sizeSeksi = "size.seksi"
    case sizeSubbidang = "size.subbidang"
    case sizeSubbagian = "size.subbagian"
    case sizeAsisten = "size.asisten"
    case sizeBagian = "size.bagian"
    case sizeInspekturPembantu = "size.inspektur-pembantu"
    case sizeStafAhli = "size.staf-ahli"
    case uptClassB = "size.upt-kelas-b"
    case typeMissing = "type.missing"
    case typeAboveWarranted = "type.above-warranted"
    case mergerAffairs = "merger.affairs"
    case mergerFamily = "merger.family"
    case affairUnknown = "affair.unknown"
    case eselonHead = "eselon.head"
    case additionalDuty = "head.additional-duty"
    case eselonChain = "eselon.chain"
    case gradeChain = "grade.chain"
    case rankRange = "rank.range"
    case rankAboveRange = "rank.above-range"
    case rankJenjang = "rank.jenjang"
    case educationLevel = "education.level"
    case requirementUnmet = "requirement.unmet"
    case retirementPast = "retirement.past"
    case pppkManagerial = "pppk.managerial"
    case headMissing = "head.missing"
    case headVacant = "head.vacant"
    case actingFilled = "acting.filled"
    case functionalCoverage = "functional.coverage"
    case layersDepth = "layers.depth"

    public var id: String { rawValue }

    public var severity: ComplianceAnalysis.Severity {
        switch self {
        case .gradeChain, .rankAboveRange, .rankJenjang, .requirementUnmet, .headVacant, .actingFilled, .functionalCoverage,
             .layersDepth, .typeMissing, .affairUnknown, .pppkManagerial:
            .warning
        default: .error
        }
    }

    /// The legal source, as a planner reads it out: regulation, article (Ps) and paragraph (ayat). A
    /// finding may name a narrower article (the one of its unit's type).
    public var source: String {
        switch self {
        case .sizeBidang: "PP 18/2016 Ps 81(1), 82(1), 83(1), 85(1)–87(1); Ps 89; Ps 39(5)"
        case .sizeSeksi: "PP 18/2016 Ps 81(3)–83(3); Ps 91(1), 92(1); Ps 93"
        case .sizeSubbidang: "PP 18/2016 Ps 85(3), 86(3), 87(3)"
        case .sizeSubbagian: "PP 18/2016 Ps 74(3)–76(3), 78, 79, 81(2)–83(2), 85(2)–87(2), 91(2), 92(2)"
        case .sizeAsisten: "PP 18/2016 Ps 74(1), 75(1), 76(1)"
        case .sizeBagian: "PP 18/2016 Ps 74(2)–76(2); Ps 78(1), (3), (5)"
        case .sizeInspekturPembantu: "PP 18/2016 Ps 79(1), (3), (5) (PP 72/2019)"
        case .sizeStafAhli: "PP 18/2016 Ps 102(3)"
        case .uptClassB: "PP 18/2016 Ps 84(2), 88(2)"
        case .typeMissing: "PP 18/2016 Ps 53 dan Lampiran"
        case .typeAboveWarranted: "PP 18/2016 Ps 53, 40(6) dan Lampiran II"
        case .mergerAffairs: "PP 18/2016 Ps 40(5); Ps 48(4)"
        case .mergerFamily: "PP 18/2016 Ps 40(3)–(4); Ps 48(2)–(3); Ps 54(3)"
        case .affairUnknown: "UU 23/2014 Ps 12; PP 18/2016 Ps 40(4)"
        case .eselonHead: "PP 18/2016 Ps 95(1)–(6)"
        case .additionalDuty: "PP 18/2016 Ps 95(7)–(9)"
        case .eselonChain: "PP 18/2016 Ps 95"
        case .gradeChain: "kelas jabatan (nilai bawaan)"
        case .rankRange: "PP 100/2000 Ps 3(1) dan Lampiran (PP 13/2002); Ps 5 huruf b"
        case .rankAboveRange: "PP 100/2000 Ps 3(1) dan Lampiran (PP 13/2002)"
        case .rankJenjang: "PermenPANRB 13/2019 (nilai bawaan)"
        case .educationLevel: "PP 11/2017 Ps 54(1) huruf b, 54(3) huruf b, Ps 107; fungsional dan pelaksana (nilai bawaan)"
        case .requirementUnmet: "peta jabatan (syarat jabatan)"
        case .retirementPast: "UU 20/2023 Ps 55; PP 11/2017 Ps 239(2), 240; UU 14/2005 Ps 30(4)"
        case .pppkManagerial: "PP 11/2017 Ps 54(1) huruf a, 54(3) huruf a; UU 20/2023"
        case .headMissing: "PP 18/2016 Ps 74–93"
        case .headVacant: "PP 11/2017 (pengisian jabatan); SE Kepala BKN 1/2021 (Plt)"
        case .actingFilled: "SE Kepala BKN 1/2021 (Plt hanya untuk jabatan yang kosong)"
        case .functionalCoverage: "PermenPANRB 17/2021; PP 18/2016 Ps 97(1)"
        case .layersDepth: "praktik desain organisasi (nilai bawaan)"
        }
    }

    /// What the rule checks, in the planner's words.
    public func summary(_ l: Language) -> String {
        switch self {
        case .sizeBidang: l.pick("jumlah bidang dalam batas tipe dinas/badan", "bidang per dinas/badan within the cap of its type")
        case .sizeSeksi: l.pick("jumlah seksi per bidang, kecamatan dan kelurahan", "seksi per bidang, kecamatan and kelurahan")
        case .sizeSubbidang: l.pick("jumlah subbidang per bidang badan (paling banyak 3)", "subbidang per bidang of a badan (at most 3)")
        case .sizeSubbagian: l.pick("jumlah subbagian per sekretariat atau bagian", "subbagian per sekretariat or bagian")
        case .sizeAsisten: l.pick("jumlah asisten Sekretariat Daerah", "asisten in the Sekretariat Daerah")
        case .sizeBagian: l.pick("jumlah bagian per asisten atau di Sekretariat DPRD", "bagian per asisten or in the Sekretariat DPRD")
        case .sizeInspekturPembantu: l.pick("jumlah inspektur pembantu", "inspektur pembantu in the Inspektorat")
        case .sizeStafAhli: l.pick("jumlah staf ahli bupati/wali kota (paling banyak 3)", "staf ahli of the bupati/wali kota (at most 3)")
        case .uptClassB: l.pick("UPT kelas B tanpa subbagian", "a class B UPT has no subbagian")
        case .typeMissing: l.pick("perangkat daerah bertipe agar batasnya dapat diperiksa", "perangkat daerah have a type so their caps can be checked")
        case .typeAboveWarranted: l.pick("tipe perangkat daerah tidak melebihi hasil pemetaan urusan (bila bagan memuat typology:)",
                                         "no perangkat daerah has a larger type than its mapping of affairs warrants (when the chart has typology:)")
        case .mergerAffairs: l.pick("paling banyak 3 urusan per dinas, 2 fungsi penunjang per badan", "at most 3 affairs per dinas, 2 support functions per badan")
        case .mergerFamily: l.pick("urusan yang digabung berasal dari satu rumpun", "merged affairs are of one family")
        case .affairUnknown: l.pick("urusan ditulis menurut daftar urusan pemerintahan", "affairs are named from the list of government affairs")
        case .eselonHead: l.pick("eselon kepala setiap jenis unit", "the eselon of the head of each kind of unit")
        case .additionalDuty: l.pick("kepala dengan tugas tambahan hanya untuk sekolah, puskesmas dan RSUD, oleh jabatan fungsional yang sesuai",
                                     "heads by additional duty only for schools, puskesmas and the RSUD, by the right kind of functional post")
        case .eselonChain: l.pick("bawahan tidak bereselon lebih tinggi daripada atasan", "no subordinate has a higher eselon than its superior")
        case .gradeChain: l.pick("kelas jabatan bawahan struktural/pelaksana tidak melebihi atasan", "a non-functional subordinate's job class does not exceed its superior's")
        case .rankRange: l.pick("pangkat pejabat struktural dalam rentang eselon (boleh satu tingkat di bawah)", "a structural holder's rank is within the eselon's range (one step below allowed)")
        case .rankAboveRange: l.pick("pangkat pejabat struktural tidak di atas rentang eselon", "a structural holder's rank is not above the eselon's range")
        case .rankJenjang: l.pick("pangkat pejabat fungsional dalam rentang jenjangnya", "a functional holder's rank is within the jenjang's range")
        case .educationLevel: l.pick("pendidikan minimal menurut jenis jabatan", "minimum education for the kind of post")
        case .requirementUnmet: l.pick("syarat pangkat dan pendidikan jabatan itu sendiri", "the post's own minimum rank and education")
        case .retirementPast: l.pick("tidak ada pegawai menjabat melewati BUP", "nobody is in post past their retirement age")
        case .pppkManagerial: l.pick("PPPK tidak menduduki jabatan administrator atau pengawas", "no PPPK holds an administrator or pengawas post")
        case .headMissing: l.pick("setiap unit punya jabatan kepala", "every unit has a head post")
        case .headVacant: l.pick("jabatan kepala terisi (saran: seleksi atau Plt)", "head posts are filled (advice: selection or a Plt)")
        case .actingFilled: l.pick("Plt hanya untuk jabatan yang kosong", "a Plt acts only in a vacant post")
        case .functionalCoverage: l.pick("unit yang tugasnya sudah dikerjakan jabatan fungsional (saran)", "units whose work functional posts already cover (advice)")
        case .layersDepth: l.pick("jumlah lapis rantai komando", "layers in the chain of command")
        }
    }

    public static func < (a: ComplianceRule, b: ComplianceRule) -> Bool { a.rawValue < b.rawValue }
}
