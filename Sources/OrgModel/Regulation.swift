/// The rules of law that more than one part of Ramping reads, each written once (domain rules, sections
/// 1–8): the eselon of each kind of head post, the government affairs and their families, the kinds of
/// functional post with their retirement ages and allowances, and the rank and education of each jenjang.

// MARK: Eselon of each head post (PP 18/2016 Ps 95)

extension UnitKind {
    /// The eselon of the structural head of a unit of this kind (PP 18/2016 Ps 95(1)–(6)), given its own
    /// type and its ancestors (nearest first). Nil where the head is not a structural post: the pemda,
    /// the RSUD (a doctor with an additional duty, Ps 95(8)), staf ahli and functional groups.
    ///
    /// Used by compliance (is the head's eselon right?) and by the GraphML importer (which eselon does a
    /// head post made on import get?), so the two always agree.
    public func headEselon(type: UnitType?, ancestors: [Unit]) -> Eselon? {
        let parent = ancestors.first
        let inKecamatan = ancestors.prefix(2).contains { $0.kind == .kecamatan }
        switch self {
        case .sekretariatDaerah: return .iiA
        case .sekretariatDPRD, .inspektorat, .dinas, .badan, .asisten, .satpolPP: return .iiB
        case .inspekturPembantu, .bagian, .kecamatan: return .iiiA
        case .bidang: return .iiiB
        case .sekretariat:
            switch parent?.kind {
            // Ps 95(4): sekretaris kecamatan III.b; Ps 95(5): of a type B kecamatan IV.a.
            case .kecamatan: return parent?.type == .b ? .ivA : .iiiB
            case .kelurahan: return .ivB   // Ps 95(6): sekretaris kelurahan
            default: return .iiiA          // Ps 95(3): sekretaris dinas, badan, inspektorat
            }
        case .subbagian:
            // Ps 95(6): in a UPT class A or in a kecamatan IV.b; Ps 95(5): elsewhere IV.a.
            if parent?.kind == .upt || inKecamatan { return .ivB }
            return .ivA
        case .seksi:
            return ancestors.first?.kind == .kelurahan ? .ivB : .ivA
        case .subbidang, .kelurahan: return .ivA
        case .upt: return type == .b ? .ivB : .ivA
        case .pemda, .rsud, .stafAhli, .kelompokFungsional: return nil
        }
    }

    /// The article of PP 18/2016 that sets the eselon `headEselon` gives.
    public static func headEselonSource(_ eselon: Eselon) -> String {
        switch eselon {
        case .iiA: "PP 18/2016 Ps 95(1)"
        case .iiB: "PP 18/2016 Ps 95(2); Ps 38"
        case .iiiA: "PP 18/2016 Ps 95(3)"
        case .iiiB: "PP 18/2016 Ps 95(4)"
        case .ivA: "PP 18/2016 Ps 95(5)"
        case .ivB: "PP 18/2016 Ps 95(6)"
        }
    }
}

// MARK: Functional posts: jenjang, kind

extension Jenjang {
    /// "Ahli Pertama", "Terampil": the label in a functional title.
    public var label: String { label(.indonesian) }

    /// The keahlian (expert) levels, against the keterampilan (skilled) ones.
    public var isKeahlian: Bool { [.ahliUtama, .ahliMadya, .ahliMuda, .ahliPertama].contains(self) }

    /// The pangkat range of the jenjang (PermenPANRB 13/2019 and the kinds' regulations; default).
    public var rankRange: ClosedRange<Rank> {
        switch self {
        case .ahliUtama: .ivD ... .ivE
        case .ahliMadya: .ivA ... .ivC
        case .ahliMuda: .iiiC ... .iiiD
        case .ahliPertama: .iiiA ... .iiiB
        case .penyelia: .iiiC ... .iiiD
        case .mahir: .iiiA ... .iiiB
        case .terampil: .iiB ... .iiD
        case .pemula: .iiA ... .iiA
        }
    }

    /// The highest keahlian jenjang a holder of `rank` fits: penyetaraan follows the holder's rank where
    /// it is below the target jenjang (PermenPANRB 17/2021). Nil below III/a.
    public static func keahlian(forRank rank: Rank) -> Jenjang? {
        [Jenjang.ahliUtama, .ahliMadya, .ahliMuda, .ahliPertama].first { rank >= $0.rankRange.lowerBound }
    }

    /// The keterampilan jenjang of the same rank band (ahli muda → penyelia, ahli pertama → mahir): where
    /// a holder lacks the S1/D-IV of the keahlian levels (default; confirm against PermenPANRB 17/2021).
    public var skilledEquivalent: Jenjang? {
        switch self {
        case .ahliMuda: .penyelia
        case .ahliPertama: .mahir
        default: nil
        }
    }

    /// 0 for ahli pertama up to 3 for ahli utama; nil for keterampilan levels.
    public var keahlianStep: Int? { [Jenjang.ahliPertama, .ahliMuda, .ahliMadya, .ahliUtama].firstIndex(of: self) }
}

/// What the law says about one kind of functional post (jenis jabatan fungsional).
public struct FunctionalKindRule: Sendable {
    public let id: String
    public let name: String
    /// A retirement age a law sets for the kind, whatever the jenjang (PP 11/2017 Ps 240).
    public let retirementAge: Int?
    /// The minimum education for its keterampilan levels (default D-III).
    public let skilledEducation: Education
    /// Monthly functional allowance (Rp) per jenjang, where a default table is known.
    public let allowance: [Jenjang: Int]
    /// May head a school UPT (Ps 95(7)), a puskesmas (Ps 95(9)) or the RSUD (Ps 95(8)) with an additional duty.
    public let heads: Set<UnitKind>
    /// Where the figures come from.
    public let source: String
}

/// The kinds of functional post Ramping knows (`functional_kind`). A chart may use other kinds: they get
/// the default retirement age by jenjang, and no allowance table (a conversion to them is not costed).
public enum FunctionalKinds {
    /// The common scale of recent allowance Perpres (e.g. Perpres 4/2021, 5/2021): a default for kinds
    /// whose own Perpres Ramping does not carry. Not confirmed per kind: override in settings.
    static let commonKeahlian: [Jenjang: Int] = [.ahliPertama: 540_000, .ahliMuda: 1_100_000, .ahliMadya: 1_380_000, .ahliUtama: 2_025_000]
    static let commonKeterampilan: [Jenjang: Int] = [.terampil: 360_000, .mahir: 540_000, .penyelia: 960_000]

    public static let all: [FunctionalKindRule] = [
        FunctionalKindRule(id: "guru", name: "Guru", retirementAge: 60, skilledEducation: .d4, allowance: [:], heads: [.upt],
                           source: "UU 14/2005 Ps 30(4)"),
        FunctionalKindRule(id: "pamong-belajar", name: "Pamong Belajar", retirementAge: nil, skilledEducation: .d4, allowance: [:], heads: [.upt],
                           source: "PP 18/2016 Ps 95(7)"),
        FunctionalKindRule(id: "pengawas-sekolah", name: "Pengawas Sekolah", retirementAge: 60, skilledEducation: .d4, allowance: [:], heads: [],
                           source: "PP 11/2017 Ps 240 (default)"),
        FunctionalKindRule(id: "dosen", name: "Dosen", retirementAge: 65, skilledEducation: .s2, allowance: [:], heads: [],
                           source: "UU 14/2005 Ps 67(4)"),
        FunctionalKindRule(id: "dokter", name: "Dokter", retirementAge: nil, skilledEducation: .d4, allowance: [:], heads: [.upt, .rsud],
                           source: "PP 18/2016 Ps 95(8)–(9)"),
        FunctionalKindRule(id: "dokter-gigi", name: "Dokter Gigi", retirementAge: nil, skilledEducation: .d4, allowance: [:], heads: [.upt, .rsud],
                           source: "PP 18/2016 Ps 95(8)–(9)"),
        FunctionalKindRule(id: "perawat", name: "Perawat", retirementAge: nil, skilledEducation: .d3, allowance: [:], heads: [.upt],
                           source: "PP 18/2016 Ps 95(9)"),
        FunctionalKindRule(id: "bidan", name: "Bidan", retirementAge: nil, skilledEducation: .d3, allowance: [:], heads: [.upt],
                           source: "PP 18/2016 Ps 95(9)"),
        FunctionalKindRule(id: "apoteker", name: "Apoteker", retirementAge: nil, skilledEducation: .d4, allowance: [:], heads: [.upt],
                           source: "PP 18/2016 Ps 95(9)"),
        FunctionalKindRule(id: "penyuluh-kesehatan", name: "Penyuluh Kesehatan Masyarakat", retirementAge: nil, skilledEducation: .d3, allowance: [:],
                           heads: [.upt], source: "PP 18/2016 Ps 95(9)"),
        FunctionalKindRule(id: "analis-kebijakan", name: "Analis Kebijakan", retirementAge: nil, skilledEducation: .d3,
                           allowance: commonKeahlian, heads: [], source: "allowance: common Perpres scale (default)"),
        FunctionalKindRule(id: "auditor", name: "Auditor", retirementAge: nil, skilledEducation: .d3,
                           allowance: commonKeahlian.merging(commonKeterampilan) { a, _ in a }, heads: [], source: "allowance: common Perpres scale (default)"),
        FunctionalKindRule(id: "perencana", name: "Perencana", retirementAge: nil, skilledEducation: .d3,
                           allowance: commonKeahlian, heads: [], source: "allowance: common Perpres scale (default)"),
        FunctionalKindRule(id: "analis-sdm-aparatur", name: "Analis SDM Aparatur", retirementAge: nil, skilledEducation: .d3,
                           allowance: [.ahliPertama: 540_000, .ahliMuda: 918_000, .ahliMadya: 1_360_000, .ahliUtama: 1_870_000], heads: [],
                           source: "Perpres 70/2022"),
        FunctionalKindRule(id: "pranata-komputer", name: "Pranata Komputer", retirementAge: nil, skilledEducation: .d3,
                           allowance: commonKeahlian.merging(commonKeterampilan) { a, _ in a }, heads: [], source: "allowance: common Perpres scale (default)"),
        FunctionalKindRule(id: "arsiparis", name: "Arsiparis", retirementAge: nil, skilledEducation: .d3,
                           allowance: commonKeahlian.merging(commonKeterampilan) { a, _ in a }, heads: [], source: "allowance: common Perpres scale (default)"),
        FunctionalKindRule(id: "pustakawan", name: "Pustakawan", retirementAge: nil, skilledEducation: .d3, allowance: [:], heads: [], source: ""),
        FunctionalKindRule(id: "penyuluh-pertanian", name: "Penyuluh Pertanian", retirementAge: nil, skilledEducation: .d3, allowance: [:], heads: [], source: ""),
        FunctionalKindRule(id: "pekerja-sosial", name: "Pekerja Sosial", retirementAge: nil, skilledEducation: .d3, allowance: [:], heads: [], source: ""),
        FunctionalKindRule(id: "polisi-pamong-praja", name: "Polisi Pamong Praja", retirementAge: nil, skilledEducation: .sma, allowance: [:], heads: [], source: ""),
        FunctionalKindRule(id: "pengelola-pengadaan", name: "Pengelola Pengadaan Barang/Jasa", retirementAge: nil, skilledEducation: .d3,
                           allowance: commonKeahlian, heads: [], source: "allowance: common Perpres scale (default)"),
    ]

    static let byID: [String: FunctionalKindRule] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    public static func rule(_ id: String?) -> FunctionalKindRule? { id.flatMap { byID[$0] } }

    /// The kind's name for people: "Guru", or the id with spaces for a kind Ramping does not know.
    public static func name(_ id: String) -> String {
        byID[id]?.name ?? id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// Health kinds: a puskesmas is headed by one of them (Ps 95(9)).
    public static let health: Set<String> = ["dokter", "dokter-gigi", "perawat", "bidan", "apoteker", "penyuluh-kesehatan"]
    /// School UPTs are headed by a guru or pamong belajar (Ps 95(7)).
    public static let education: Set<String> = ["guru", "pamong-belajar"]
    /// The RSUD is headed by a doctor or dentist (Ps 95(8)).
    public static let hospital: Set<String> = ["dokter", "dokter-gigi"]
}

extension Position {
    /// A functional post that heads its unit carries the head role as an additional duty (tugas tambahan,
    /// PP 18/2016 Ps 95(7)–(9)): no eselon, no structural allowance, and no eselon rule applies to it.
    public var isAdditionalDutyHead: Bool { head && level == .fungsional }

    /// The minimum education the law sets for the post's level (PP 11/2017; domain rules, section 5):
    /// pengawas D-III; administrator and JPT S1/D-IV; functional keahlian S1/D-IV, keterampilan the
    /// kind's minimum (default D-III; pemula SMA); pelaksana `settings.pelaksana_education` (default SMA).
    public func minimumEducation(_ settings: Settings = Settings()) -> Education? {
        switch level {
        case .fungsional:
            guard let jenjang else { return nil }
            if jenjang.isKeahlian { return .d4 }
            if jenjang == .pemula { return .sma }
            return FunctionalKinds.rule(functionalKind)?.skilledEducation ?? .d3
        case .pelaksana: return settings.pelaksanaEducation
        default: return level.minimumEducation
        }
    }

    /// The functional title of a jenjang of this post's kind: "Analis Kebijakan Ahli Muda".
    public static func functionalTitle(kind: String?, jenjang: Jenjang?) -> String {
        let name = kind.map(FunctionalKinds.name) ?? "Jabatan Fungsional"
        return [name, jenjang?.label].compactMap { $0 }.joined(separator: " ")
    }
}

// MARK: Government affairs (UU 23/2014 Ps 12; PP 18/2016 Ps 40(4), 48(3))

/// A government affair (urusan pemerintahan, UU 23/2014 Ps 12: 32 for a kabupaten/kota) or a support
/// function (fungsi penunjang) a badan carries. The file spells it as `rawValue`; common spellings are
/// accepted (`pekerjaan-umum-dan-penataan-ruang` is `pekerjaan-umum`).
public enum Affair: String, CaseIterable, Sendable {
    // Wajib, pelayanan dasar (Ps 12(1)).
    case pendidikan, kesehatan, pekerjaanUmum = "pekerjaan-umum", perumahan
    case ketenteraman = "ketenteraman-ketertiban", sosial
    // Wajib, non-pelayanan dasar (Ps 12(2)).
    case tenagaKerja = "tenaga-kerja", pemberdayaanPerempuan = "pemberdayaan-perempuan", pangan, pertanahan
    case lingkunganHidup = "lingkungan-hidup", adminduk, pemberdayaanMasyarakat = "pemberdayaan-masyarakat-desa"
    case pengendalianPenduduk = "pengendalian-penduduk", perhubungan, komunikasiInformatika = "komunikasi-informatika"
    case koperasi = "koperasi-ukm", penanamanModal = "penanaman-modal", kepemudaanOlahraga = "kepemudaan-olahraga"
    case statistik, persandian, kebudayaan, perpustakaan, kearsipan
    // Pilihan (Ps 12(3)).
    case kelautanPerikanan = "kelautan-perikanan", pariwisata, pertanian, kehutanan
    case energi = "energi-sumber-daya-mineral", perdagangan, perindustrian, transmigrasi
    // Support functions (fungsi penunjang, UU 23/2014 Ps 232; PP 18/2016 Ps 43) and units by their own law.
    case perencanaan, keuangan, kepegawaian, diklat, litbang
    case kesatuanBangsa = "kesatuan-bangsa", bencana

    /// Other spellings planners use, after lower-casing and dropping "dan" and "urusan".
    static let aliases: [String: Affair] = [
        "pekerjaan-umum-penataan-ruang": .pekerjaanUmum, "pupr": .pekerjaanUmum, "penataan-ruang": .pekerjaanUmum,
        "perumahan-rakyat": .perumahan, "perumahan-kawasan-permukiman": .perumahan, "perumahan-rakyat-kawasan-permukiman": .perumahan,
        "kawasan-permukiman": .perumahan, "perkim": .perumahan,
        "ketenteraman-ketertiban-umum-perlindungan-masyarakat": .ketenteraman, "ketertiban-umum": .ketenteraman,
        "trantibum": .ketenteraman, "satpol-pp": .ketenteraman, "kebakaran": .ketenteraman, "ketentraman-ketertiban": .ketenteraman,
        "pemberdayaan-perempuan-perlindungan-anak": .pemberdayaanPerempuan, "perlindungan-anak": .pemberdayaanPerempuan, "p3a": .pemberdayaanPerempuan,
        "administrasi-kependudukan-pencatatan-sipil": .adminduk, "administrasi-kependudukan": .adminduk, "dukcapil": .adminduk,
        "pemberdayaan-masyarakat": .pemberdayaanMasyarakat, "pemberdayaan-masyarakat-desa": .pemberdayaanMasyarakat,
        "pengendalian-penduduk-keluarga-berencana": .pengendalianPenduduk, "keluarga-berencana": .pengendalianPenduduk,
        "komunikasi-informatika": .komunikasiInformatika, "kominfo": .komunikasiInformatika,
        "koperasi-usaha-kecil-menengah": .koperasi, "koperasi": .koperasi, "ukm": .koperasi,
        "kepemudaan-olahraga": .kepemudaanOlahraga, "kepemudaan": .kepemudaanOlahraga, "olahraga": .kepemudaanOlahraga,
        "kelautan-perikanan": .kelautanPerikanan, "perikanan": .kelautanPerikanan,
        "energi-sumber-daya-mineral": .energi, "esdm": .energi,
        "pendidikan-pelatihan": .diklat, "penelitian-pengembangan": .litbang, "riset-inovasi": .litbang,
        "kesbangpol": .kesatuanBangsa, "kesatuan-bangsa-politik": .kesatuanBangsa,
        "penanggulangan-bencana": .bencana, "tenaga-kerja": .tenagaKerja, "sumber-daya-manusia": .kepegawaian,
        "lingkungan": .lingkunganHidup, "ketahanan-pangan": .pangan,
    ]

    /// The affair a spelling names, or nil when it names none.
    public init?(spelling: String) {
        if let exact = Affair(rawValue: spelling) { self = exact; return }
        let words = spelling.lowercased().split { $0 == "-" || $0 == " " || $0 == "_" || $0 == "," }
            .filter { $0 != "dan" && $0 != "urusan" && $0 != "bidang" }
        let key = words.joined(separator: "-")
        if let a = Affair(rawValue: key) ?? Affair.aliases[key] { self = a } else { return nil }
    }

    /// The family (rumpun) of affairs that may share one dinas (PP 18/2016 Ps 40(4) a–g), or of support
    /// functions that may share one badan (Ps 48(3) a–b, as 8 and 9); nil for one that merges with none.
    public var family: Int? {
        switch self {
        case .pendidikan, .kebudayaan, .kepemudaanOlahraga, .pariwisata: 1
        case .kesehatan, .sosial, .pemberdayaanPerempuan, .pengendalianPenduduk, .adminduk, .pemberdayaanMasyarakat: 2
        case .ketenteraman, .bencana: 3
        case .penanamanModal, .koperasi, .perindustrian, .perdagangan, .energi, .transmigrasi, .tenagaKerja: 4
        case .komunikasiInformatika, .statistik, .persandian: 5
        case .perumahan, .pekerjaanUmum, .pertanahan, .perhubungan, .lingkunganHidup, .kehutanan, .pangan, .pertanian, .kelautanPerikanan: 6
        case .perpustakaan, .kearsipan: 7
        case .kepegawaian, .diklat: 8
        case .perencanaan, .litbang: 9
        case .keuangan, .kesatuanBangsa: nil
        }
    }

    /// A support function, carried by a badan rather than a dinas.
    public var isSupportFunction: Bool {
        [.perencanaan, .keuangan, .kepegawaian, .diklat, .litbang, .kesatuanBangsa, .bencana].contains(self)
    }

    /// An affair of basic services (UU 23/2014 Ps 12(1)): always at least a type C dinas.
    public var isBasicService: Bool { [.pendidikan, .kesehatan, .pekerjaanUmum, .perumahan, .ketenteraman, .sosial].contains(self) }

    /// The supporting functions of planning and finance: PP 18/2016 Ps 53(1) types them with the Setda,
    /// Setwan and Inspektorat (A above 800, B above 600, C at 600 or below), so they are never a bidang or
    /// a seksi, whatever Ps 53(5) says of other supporting functions.
    public var isPlanningOrFinance: Bool { self == .perencanaan || self == .keuangan }

    /// Why the affair is at least type C whatever its score (nil when it is not): Ps 53(3) for basic
    /// services, Ps 53(1) for planning and finance.
    public func typeCFloorReason(_ l: Language) -> String? {
        if isBasicService { return l.pick("urusan pelayanan dasar: paling rendah tipe C, PP 18/2016 Ps 53(3)", "a basic-service affair: at least type C, PP 18/2016 Ps 53(3)") }
        if isPlanningOrFinance { return l.pick("fungsi penunjang perencanaan/keuangan: paling rendah tipe C, PP 18/2016 Ps 53(1)", "planning/finance support function: at least type C, PP 18/2016 Ps 53(1)") }
        return nil
    }

    /// The affair's name for people.
    public var name: String {
        switch self {
        case .pendidikan: "pendidikan"
        case .kesehatan: "kesehatan"
        case .pekerjaanUmum: "pekerjaan umum dan penataan ruang"
        case .perumahan: "perumahan rakyat dan kawasan permukiman"
        case .ketenteraman: "ketenteraman, ketertiban umum dan pelindungan masyarakat"
        case .sosial: "sosial"
        case .tenagaKerja: "tenaga kerja"
        case .pemberdayaanPerempuan: "pemberdayaan perempuan dan pelindungan anak"
        case .pangan: "pangan"
        case .pertanahan: "pertanahan"
        case .lingkunganHidup: "lingkungan hidup"
        case .adminduk: "administrasi kependudukan dan pencatatan sipil"
        case .pemberdayaanMasyarakat: "pemberdayaan masyarakat dan desa"
        case .pengendalianPenduduk: "pengendalian penduduk dan keluarga berencana"
        case .perhubungan: "perhubungan"
        case .komunikasiInformatika: "komunikasi dan informatika"
        case .koperasi: "koperasi, usaha kecil dan menengah"
        case .penanamanModal: "penanaman modal"
        case .kepemudaanOlahraga: "kepemudaan dan olahraga"
        case .statistik: "statistik"
        case .persandian: "persandian"
        case .kebudayaan: "kebudayaan"
        case .perpustakaan: "perpustakaan"
        case .kearsipan: "kearsipan"
        case .kelautanPerikanan: "kelautan dan perikanan"
        case .pariwisata: "pariwisata"
        case .pertanian: "pertanian"
        case .kehutanan: "kehutanan"
        case .energi: "energi dan sumber daya mineral"
        case .perdagangan: "perdagangan"
        case .perindustrian: "perindustrian"
        case .transmigrasi: "transmigrasi"
        case .perencanaan: "perencanaan"
        case .keuangan: "keuangan"
        case .kepegawaian: "kepegawaian"
        case .diklat: "pendidikan dan pelatihan"
        case .litbang: "penelitian dan pengembangan"
        case .kesatuanBangsa: "kesatuan bangsa dan politik"
        case .bencana: "penanggulangan bencana"
        }
    }
}

/// What PP 18/2016 says about a group of affairs in one dinas or badan (Ps 40, 48, 54).
public struct AffairMerger: Sendable, Hashable {
    public var affairs: [Affair]
    /// Spellings that name no affair.
    public var unknown: [String]

    public init(_ spellings: [String]) {
        var affairs: [Affair] = [], unknown: [String] = []
        for s in spellings {
            if let a = Affair(spelling: s) { if !affairs.contains(a) { affairs.append(a) } } else { unknown.append(s) }
        }
        self.affairs = affairs
        self.unknown = unknown
    }

    /// At most 3 affairs in a dinas (Ps 40(5)), at most 2 support functions in a badan (Ps 48(4)).
    public static func cap(_ kind: UnitKind) -> Int { kind == .badan ? 2 : 3 }

    /// Whether every affair is of one family (Ps 40(3)–(4), 48(2)–(3), 54(3)).
    public var oneFamily: Bool {
        guard affairs.count > 1 else { return true }
        let families = Set(affairs.map(\.family))
        return families.count == 1 && families.first! != nil
    }

    /// The dinas carries the public-works or agriculture affair, or the badan finance: 2 bidang more (Ps 89).
    public func hasTwoExtraBidang(_ kind: UnitKind) -> Bool {
        kind == .badan ? affairs.contains(.keuangan) : affairs.contains(.pekerjaanUmum) || affairs.contains(.pertanian)
    }

    /// The type a merged dinas or badan may have: an affair worth a bidang added to a type C or B raises
    /// it one step; added to a type A gives a type A with 5 bidang (Ps 40(6), 54(2)). `types` are the
    /// types of the units merged, the largest first.
    public static func mergedType(_ types: [UnitType]) -> (type: UnitType, extraBidang: Int)? {
        let sorted = types.sorted { $0.rawValue < $1.rawValue }
        guard let largest = sorted.first else { return nil }
        if types.count == 1 { return (largest, 0) }
        switch largest {
        case .c: return (.b, 0)
        case .b: return (.a, 0)
        case .a: return (.a, 1)
        }
    }
}
