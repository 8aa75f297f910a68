/// The closed vocabularies of the OrgChart format (`ramping/1`), each with the exact spelling a planner
/// writes in the file as its raw value.

/// A vocabulary value: spelled in the file as its raw value, listed in messages by `allSpellings`.
public protocol Vocabulary: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// What the field is called in messages, e.g. "unit kind".
    static var vocabularyName: String { get }
    /// The name people read, Indonesian and English, where it differs from the raw value.
    static var labels: [Self: (String, String)] { get }
    /// Other spellings people write (reduced by `vocabularyKey`), for a "did you mean".
    static var aliases: [String: Self] { get }
}

extension Vocabulary {
    public static var labels: [Self: (String, String)] { [:] }
    public static var aliases: [String: Self] { [:] }
}

extension Vocabulary {
    /// Every valid spelling, in the order of the contract.
    public static var allSpellings: [String] { allCases.map(\.rawValue) }

    /// The value as a planner reads it in a report or message: "Sekretariat Daerah", "Ahli Pertama",
    /// "IV.a", "D-III". The file keeps its spelling (`rawValue`); people never see a slug.
    public func label(_ language: Language) -> String {
        if let (id, en) = Self.labels[self] { return language.pick(id, en) }
        return rawValue
    }

    /// The value meant by a spelling people commonly write instead of the contract's, for a "did you
    /// mean": `D3` → D-III, `IIb` → II/b, `SLTA` → SMA, `Perempuan` → P, `Ahli Pertama` → ahli-pertama.
    /// Compares without case, spaces, `-`, `.`, `/` and `_`; nil when nothing matches.
    public static func domainSuggestion(for text: String) -> Self? {
        let key = vocabularyKey(text)
        guard !key.isEmpty else { return nil }
        if let v = aliases[key] { return v }
        for v in allCases {
            if vocabularyKey(v.rawValue) == key { return v }
            if let (id, en) = labels[v], vocabularyKey(id) == key || vocabularyKey(en) == key { return v }
        }
        return nil
    }

    /// The value spelled like `text` but for upper and lower case ("sma" → SMA, "Dinas" → dinas).
    public static func caseInsensitiveMatch(_ text: String) -> Self? {
        let lower = text.lowercased()
        return allCases.first { $0.rawValue.lowercased() == lower }
    }
}

/// A spelling reduced for comparison: lower case without spaces and `-./_`.
func vocabularyKey(_ s: String) -> String {
    String(s.lowercased().unicodeScalars.filter { !" -./_\t".unicodeScalars.contains($0) }.map(Character.init))
}

/// The kind of an organisational unit (perangkat daerah or a part of one).
public enum UnitKind: String, Vocabulary {
    case pemda, sekretariatDaerah = "sekretariat-daerah", sekretariatDPRD = "sekretariat-dprd", inspektorat
    case dinas, badan, satpolPP = "satpol-pp", kecamatan, kelurahan, asisten, bagian, sekretariat, bidang
    case subbidang, seksi, subbagian, inspekturPembantu = "inspektur-pembantu", upt, rsud
    case stafAhli = "staf-ahli", kelompokFungsional = "kelompok-fungsional"
    public static let vocabularyName = "unit kind"

    /// Kinds PP 18/2016 gives a type (A, B, C); a upt and a kecamatan only A or B.
    public var allowedTypes: [UnitType] {
        switch self {
        case .dinas, .badan, .sekretariatDaerah, .sekretariatDPRD, .inspektorat, .satpolPP: [.a, .b, .c]
        case .kecamatan, .upt: [.a, .b]
        default: []
        }
    }

    /// A perangkat daerah: a unit that answers directly to the bupati/wali kota.
    public var isPerangkatDaerah: Bool {
        switch self {
        case .sekretariatDaerah, .sekretariatDPRD, .inspektorat, .dinas, .badan, .satpolPP, .kecamatan, .rsud: true
        default: false
        }
    }
}

/// A unit's type from the PP 18/2016 typology score.
public enum UnitType: String, Vocabulary {
    case a = "A", b = "B", c = "C"
    public static let vocabularyName = "unit type"
}

/// The kind of region this chart describes.
public enum Region: String, Vocabulary {
    case kabupaten, kota
    public static let vocabularyName = "region"
}

/// The level of a position (jenis jabatan).
public enum Level: String, Vocabulary, Comparable {
    case politik, jptPratama = "jpt-pratama", administrator, pengawas, pelaksana, fungsional
    public static let vocabularyName = "position level"

    /// Structural (struktural) posts carry an eselon: JPT pratama, administrator, pengawas.
    public var isStructural: Bool { self == .jptPratama || self == .administrator || self == .pengawas }

    /// The eselon group (II, III, IV) a structural level must carry.
    public var eselonGroup: Int? {
        switch self {
        case .jptPratama: 2
        case .administrator: 3
        case .pengawas: 4
        default: nil
        }
    }

    /// The minimum education for the level (PP 11/2017): D-III for pengawas, D-IV/S1 for administrator and JPT.
    public var minimumEducation: Education? {
        switch self {
        case .pengawas: .d3
        case .administrator, .jptPratama: .d4
        default: nil
        }
    }

    private var order: Int { Level.allCases.firstIndex(of: self)! }
    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.order < rhs.order }
}

/// The structural echelon of a post. Ordered from highest (II.a) to lowest (IV.b): `II.a < III.a` reads
/// "II.a ranks above III.a" through `isHigher(than:)`.
public enum Eselon: String, Vocabulary {
    case iiA = "II.a", iiB = "II.b", iiiA = "III.a", iiiB = "III.b", ivA = "IV.a", ivB = "IV.b"
    public static let vocabularyName = "eselon"

    /// 2, 3 or 4.
    public var group: Int {
        switch self {
        case .iiA, .iiB: 2
        case .iiiA, .iiiB: 3
        case .ivA, .ivB: 4
        }
    }

    /// 0 for II.a (the highest) up to 5 for IV.b.
    public var seniority: Int { Eselon.allCases.firstIndex(of: self)! }

    public func isHigher(than other: Eselon) -> Bool { seniority < other.seniority }

    /// The lowest rank an appointee may hold: one step below the range (PP 100/2000 Ps 5).
    public var lowestAcceptedRank: Rank { rankRange.lowerBound.oneStepBelow ?? rankRange.lowerBound }

    /// The pangkat range of the eselon (PP 13/2002): lowest and highest rank.
    public var rankRange: ClosedRange<Rank> {
        switch self {
        case .iiA: .ivC ... .ivD
        case .iiB: .ivB ... .ivC
        case .iiiA: .ivA ... .ivB
        case .iiiB: .iiiD ... .ivA
        case .ivA: .iiiC ... .iiiD
        case .ivB: .iiiB ... .iiiC
        }
    }
}

/// The grade (jenjang) of a functional post.
public enum Jenjang: String, Vocabulary {
    case ahliUtama = "ahli-utama", ahliMadya = "ahli-madya", ahliMuda = "ahli-muda", ahliPertama = "ahli-pertama"
    case penyelia, mahir, terampil, pemula
    public static let vocabularyName = "jenjang"
}

/// Pangkat/golongan, ordered from I/a to IV/e.
public enum Rank: String, Vocabulary, Comparable {
    case iA = "I/a", iB = "I/b", iC = "I/c", iD = "I/d"
    case iiA = "II/a", iiB = "II/b", iiC = "II/c", iiD = "II/d"
    case iiiA = "III/a", iiiB = "III/b", iiiC = "III/c", iiiD = "III/d"
    case ivA = "IV/a", ivB = "IV/b", ivC = "IV/c", ivD = "IV/d", ivE = "IV/e"
    public static let vocabularyName = "rank"

    /// 0 for I/a up to 16 for IV/e.
    public var order: Int { Rank.allCases.firstIndex(of: self)! }

    /// The rank one step below, if any.
    public var oneStepBelow: Rank? { order > 0 ? Rank.allCases[order - 1] : nil }

    public static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.order < rhs.order }
}

/// Education, ordered; D-IV and S1 are the same step.
public enum Education: String, Vocabulary, Comparable {
    case sd = "SD", smp = "SMP", sma = "SMA", d1 = "D-I", d2 = "D-II", d3 = "D-III", d4 = "D-IV", s1 = "S1"
    case s2 = "S2", s3 = "S3"
    public static let vocabularyName = "education"

    /// The step in the order SD < SMP < SMA < D-I < D-II < D-III < D-IV = S1 < S2 < S3.
    public var step: Int {
        switch self {
        case .sd: 0
        case .smp: 1
        case .sma: 2
        case .d1: 3
        case .d2: 4
        case .d3: 5
        case .d4, .s1: 6
        case .s2: 7
        case .s3: 8
        }
    }

    public static func < (lhs: Education, rhs: Education) -> Bool { lhs.step < rhs.step }
}

/// Civil servant (PNS) or government employee on contract (PPPK).
public enum EmploymentStatus: String, Vocabulary {
    case pns, pppk
    public static let vocabularyName = "status"
}

/// L (laki-laki) or P (perempuan).
public enum Gender: String, Vocabulary {
    case male = "L", female = "P"
    public static let vocabularyName = "gender"
}

/// Predikat kinerja, from best to worst.
public enum Performance: String, Vocabulary {
    case sangatBaik = "sangat-baik", baik, butuhPerbaikan = "butuh-perbaikan", kurang, sangatKurang = "sangat-kurang"
    public static let vocabularyName = "performance"
}

/// Potential in the talent box.
public enum Potential: String, Vocabulary {
    case tinggi, menengah, rendah
    public static let vocabularyName = "potential"
}

/// The three families of competency in a competency standard.
public enum CompetencyKind: String, Vocabulary {
    case managerial, sociocultural, technical
    public static let vocabularyName = "competency kind"
}

// MARK: Names for people and other spellings

extension UnitKind {
    public static let labels: [UnitKind: (String, String)] = [
        .pemda: ("Pemerintah Daerah", "Regional Government"), .sekretariatDaerah: ("Sekretariat Daerah", "Sekretariat Daerah"),
        .sekretariatDPRD: ("Sekretariat DPRD", "Sekretariat DPRD"), .inspektorat: ("Inspektorat", "Inspektorat"),
        .dinas: ("Dinas", "Dinas"), .badan: ("Badan", "Badan"), .satpolPP: ("Satuan Polisi Pamong Praja", "Satpol PP"),
        .kecamatan: ("Kecamatan", "Kecamatan"), .kelurahan: ("Kelurahan", "Kelurahan"), .asisten: ("Asisten", "Asisten"),
        .bagian: ("Bagian", "Bagian"), .sekretariat: ("Sekretariat", "Sekretariat"), .bidang: ("Bidang", "Bidang"),
        .subbidang: ("Subbidang", "Subbidang"), .seksi: ("Seksi", "Seksi"), .subbagian: ("Subbagian", "Subbagian"),
        .inspekturPembantu: ("Inspektur Pembantu", "Inspektur Pembantu"), .upt: ("UPT", "UPT"), .rsud: ("RSUD", "RSUD"),
        .stafAhli: ("Staf Ahli", "Staf Ahli"), .kelompokFungsional: ("Kelompok Jabatan Fungsional", "Functional group"),
    ]
    public static let aliases: [String: UnitKind] = [
        "setda": .sekretariatDaerah, "setwan": .sekretariatDPRD, "sekwan": .sekretariatDPRD, "satpol": .satpolPP,
        "subbid": .subbidang, "subbag": .subbagian, "irban": .inspekturPembantu, "kjf": .kelompokFungsional,
        "pemerintahkabupaten": .pemda, "pemerintahkota": .pemda, "pemkab": .pemda, "pemkot": .pemda,
    ]
}

extension UnitType {
    public static let labels: [UnitType: (String, String)] = [.a: ("tipe A", "type A"), .b: ("tipe B", "type B"), .c: ("tipe C", "type C")]
    public static let aliases: [String: UnitType] = ["tipea": .a, "tipeb": .b, "tipec": .c]
}

extension Region {
    public static let labels: [Region: (String, String)] = [.kabupaten: ("Kabupaten", "Regency"), .kota: ("Kota", "City")]
    public static let aliases: [String: Region] = ["kab": .kabupaten, "regency": .kabupaten, "city": .kota]
}

extension Level {
    public static let labels: [Level: (String, String)] = [
        .politik: ("Politik", "Political"), .jptPratama: ("JPT Pratama", "JPT Pratama"),
        .administrator: ("Administrator", "Administrator"), .pengawas: ("Pengawas", "Pengawas"),
        .pelaksana: ("Pelaksana", "Pelaksana"), .fungsional: ("Fungsional", "Functional"),
    ]
    public static let aliases: [String: Level] = [
        "jpt": .jptPratama, "eselonii": .jptPratama, "eseloniii": .administrator, "eseloniv": .pengawas,
        "jfu": .pelaksana, "jft": .fungsional, "functional": .fungsional, "political": .politik,
    ]
}

extension Eselon {
    public static let aliases: [String: Eselon] = [
        "2a": .iiA, "2b": .iiB, "3a": .iiiA, "3b": .iiiB, "4a": .ivA, "4b": .ivB,
    ]
}

extension Jenjang {
    public static let labels: [Jenjang: (String, String)] = [
        .ahliUtama: ("Ahli Utama", "Ahli Utama"), .ahliMadya: ("Ahli Madya", "Ahli Madya"), .ahliMuda: ("Ahli Muda", "Ahli Muda"),
        .ahliPertama: ("Ahli Pertama", "Ahli Pertama"), .penyelia: ("Penyelia", "Penyelia"), .mahir: ("Mahir", "Mahir"),
        .terampil: ("Terampil", "Terampil"), .pemula: ("Pemula", "Pemula"),
    ]
}

extension Rank {
    public static let aliases: [String: Rank] = Dictionary(uniqueKeysWithValues: Rank.allCases.map { rank in
        // "3a" for III/a: the golongan as a digit.
        let parts = rank.rawValue.split(separator: "/")
        let digit = ["I": "1", "II": "2", "III": "3", "IV": "4"][String(parts[0])]!
        return (digit + parts[1], rank)
    })
}

extension Education {
    public static let aliases: [String: Education] = [
        "d1": .d1, "d2": .d2, "d3": .d3, "d4": .d4, "di": .d1, "dii": .d2, "diii": .d3, "div": .d4,
        "sltp": .smp, "mts": .smp, "slta": .sma, "smk": .sma, "smu": .sma, "ma": .sma, "stm": .sma, "smea": .sma,
        "mi": .sd, "sr": .sd, "sarjana": .s1, "magister": .s2, "master": .s2, "doktor": .s3, "doktoral": .s3,
        "s1": .s1, "s2": .s2, "s3": .s3, "strata1": .s1, "strata2": .s2, "strata3": .s3,
    ]
}

extension EmploymentStatus {
    public static let labels: [EmploymentStatus: (String, String)] = [.pns: ("PNS", "PNS"), .pppk: ("PPPK", "PPPK")]
    public static let aliases: [String: EmploymentStatus] = ["cpns": .pns, "p3k": .pppk]
}

extension Gender {
    public static let labels: [Gender: (String, String)] = [.male: ("laki-laki", "male"), .female: ("perempuan", "female")]
    public static let aliases: [String: Gender] = [
        "lakilaki": .male, "pria": .male, "m": .male, "male": .male, "lk": .male,
        "perempuan": .female, "wanita": .female, "f": .female, "female": .female, "pr": .female, "w": .female,
    ]
}

extension Performance {
    public static let labels: [Performance: (String, String)] = [
        .sangatBaik: ("Sangat Baik", "outstanding"), .baik: ("Baik", "good"), .butuhPerbaikan: ("Butuh Perbaikan", "needs improvement"),
        .kurang: ("Kurang", "poor"), .sangatKurang: ("Sangat Kurang", "very poor"),
    ]
}

extension Potential {
    public static let labels: [Potential: (String, String)] = [.tinggi: ("Tinggi", "high"), .menengah: ("Menengah", "medium"), .rendah: ("Rendah", "low")]
}

extension CompetencyKind {
    public static let labels: [CompetencyKind: (String, String)] = [
        .managerial: ("Manajerial", "managerial"), .sociocultural: ("Sosial Kultural", "sociocultural"), .technical: ("Teknis", "technical"),
    ]
    public static let aliases: [String: CompetencyKind] = ["manajerial": .managerial, "sosialkultural": .sociocultural, "teknis": .technical]
}
