/// Every analyser default that a region may override in `organisation.settings`.
///
/// The defaults follow `domain-rules.md`; values marked (default) there were not confirmed against a
/// regulation's text and are settings for exactly that reason.
public struct Settings: Hashable, Sendable {
    /// ABK effective working hours a year (WKE); PermenPANRB 1/2020 uses 1,250.
    public var effectiveHours: Double = 1250
    /// The working-hour figures the sensitivity analysis compares (other regulations use 1,200 and 1,300).
    public var sensitivityHours: [Double] = [1200, 1250, 1300]
    /// A manager with fewer direct-report seats than this is narrow.
    public var spanNarrow: Int = 3
    /// A manager with more direct-report seats than this is wide.
    public var spanWide: Int = 15
    /// More layers than this in the chain of command is a warning sign.
    public var maxLayers: Int = 8
    /// Lower bounds of the effectiveness grades A, B, C, D (EJ above the first is A, at least the second
    /// B, ...; below the last E). PermenPANRB 1/2020 practice: 1.00, 0.90, 0.70, 0.50 (default).
    public var effectivenessGrades: [Double] = [1.0, 0.9, 0.7, 0.5]
    /// How staff need (workload ÷ effective hours) becomes whole people (default half up).
    public var needRounding: NeedRounding = .halfUp

    /// Rounding of staff need to whole people.
    public enum NeedRounding: String, Vocabulary {
        case halfUp = "half-up", up, down
        public static let vocabularyName = "need rounding"
    }

    // Merit: eligibility and the fit of a person to a post (README, "Merit placement").
    /// Years a person must still serve before retirement to be placed in a post.
    public var minTenureYears: Int = 2
    /// Oldest age for an appointment to a JPT post (PP 11/2017).
    public var jptMaxAge: Int = 56
    /// Points for each required competency held at the required level or above.
    public var fitCompetencyMet: Int = 10
    /// Points for each level above the required one (at most two levels count).
    public var fitCompetencySurplus: Int = 2
    /// Points lost for each level below the required one.
    public var fitCompetencyShortfall: Int = 15
    /// Points for performance: sangat-baik, baik, butuh-perbaikan, kurang, sangat-kurang.
    public var fitPerformance: [Int] = [20, 12, 4, 0, -10]
    /// Points for potential: tinggi, menengah, rendah.
    public var fitPotential: [Int] = [15, 8, 2]
    /// Points per whole year in the current rank, up to `fitRankYearsMax` years.
    public var fitRankYear: Int = 1
    public var fitRankYearsMax: Int = 8
    /// Points when a career path leads from the person's post to the target (half when its years are not yet served).
    public var fitCareerPath: Int = 10

    /// Monthly structural allowance (Rp) per eselon, where the region's table differs from Perpres 26/2007.
    public var structuralAllowance: [Eselon: Int] = [:]
    /// Monthly functional allowance (Rp) by kind of functional post and jenjang, where the region's table
    /// differs from the default (`FunctionalKinds`); paid instead of the structural allowance after a
    /// conversion (domain rules, section 11).
    public var functionalAllowance: [String: [Jenjang: Int]] = [:]
    /// Retirement age by kind of functional post, where a law or the region says otherwise than the
    /// default table (PP 11/2017 Ps 240).
    public var retirementAgeByKind: [String: Int] = [:]
    /// Minimum education of a pelaksana post (default SMA).
    public var pelaksanaEducation: Education = .sma

    /// The monthly structural allowance of an eselon (Perpres 26/2007 unless the chart says otherwise).
    public func structuralAllowance(_ e: Eselon) -> Int { structuralAllowance[e] ?? Settings.defaultStructuralAllowance[e] ?? 0 }

    /// Perpres 26/2007, Rp a month (default).
    public static let defaultStructuralAllowance: [Eselon: Int] = [.iiA: 3_250_000, .iiB: 2_025_000, .iiiA: 1_260_000, .iiiB: 980_000,
                                                                   .ivA: 540_000, .ivB: 490_000]

    /// The monthly functional allowance of a kind and jenjang: the chart's table, else the default; nil
    /// when neither knows it (a cost that is not computed, never zero).
    public func functionalAllowance(kind: String?, jenjang: Jenjang?) -> Int? {
        guard let kind, let jenjang else { return nil }
        return functionalAllowance[kind]?[jenjang] ?? FunctionalKinds.rule(kind)?.allowance[jenjang]
    }

    // Cost and formasi (domain rules, sections 11–12; `Pay` holds the default tables).
    /// Monthly TPP (tambahan penghasilan pegawai, Rp) by kelas jabatan: the region's Perkada. No default:
    /// without it TPP is not costed, and every cost report says so.
    public var tpp: [Int: Int] = [:]
    /// Gaji pokok per golongan (Rp a month) at the first and the last step of the table, where the region
    /// costs with other figures than `Pay.baseSalaryTable` (PP 5/2024).
    public var baseSalary: [Rank: ClosedRange<Int>] = [:]
    /// The ceiling of belanja pegawai as a share of the APBD (UU 1/2022 Ps 146(1): 30 %).
    public var personnelSpendingCeiling: Double = 0.30
    /// The share of recruitment to pelaksana and functional posts planned as PPPK (default 0.5); managerial
    /// posts are recruited as PNS (UU 20/2023).
    public var pppkShare: Double = 0.5

    // The bagan attached to a Perbup (`export --style perbup`): the texts around the chart.
    /// "PERATURAN BUPATI SRAGEN NOMOR 12 TAHUN 2026" (default: the region's name with … for number and year).
    public var perbupRegulation: String?
    /// "TENTANG KEDUDUKAN, SUSUNAN ORGANISASI, …".
    public var perbupSubject: String?
    /// The signatory's office, "BUPATI SRAGEN".
    public var perbupSignatory: String?
    /// The signatory's name under the signature line.
    public var perbupSignatoryName: String?

    public init() {}

    /// A text setting: its key in the file and where it lives.
    public struct TextSetting: @unchecked Sendable {
        public let key: String
        public let path: WritableKeyPath<Settings, String?>
    }

    public static let textSettings: [TextSetting] = [
        TextSetting(key: "perbup_regulation", path: \.perbupRegulation),
        TextSetting(key: "perbup_subject", path: \.perbupSubject),
        TextSetting(key: "perbup_signatory", path: \.perbupSignatory),
        TextSetting(key: "perbup_signatory_name", path: \.perbupSignatoryName),
    ]

    /// A whole-number setting: its key in the file, where it lives, and its valid range.
    public struct IntegerSetting: @unchecked Sendable {
        public let key: String
        public let path: WritableKeyPath<Settings, Int>
        public let range: ClosedRange<Int>
    }

    /// A list-of-whole-numbers setting of fixed length.
    public struct IntegerListSetting: @unchecked Sendable {
        public let key: String
        public let path: WritableKeyPath<Settings, [Int]>
        public let count: Int
    }

    /// Every whole-number setting: one table that the reader, the writer and the exporters share.
    public static let integerSettings: [IntegerSetting] = [
        IntegerSetting(key: "span_narrow", path: \.spanNarrow, range: 1...1000),
        IntegerSetting(key: "span_wide", path: \.spanWide, range: 1...100_000),
        IntegerSetting(key: "max_layers", path: \.maxLayers, range: 1...1000),
        IntegerSetting(key: "min_tenure_years", path: \.minTenureYears, range: 0...40),
        IntegerSetting(key: "jpt_max_age", path: \.jptMaxAge, range: 18...70),
        IntegerSetting(key: "fit_competency_met", path: \.fitCompetencyMet, range: 0...1000),
        IntegerSetting(key: "fit_competency_surplus", path: \.fitCompetencySurplus, range: 0...1000),
        IntegerSetting(key: "fit_competency_shortfall", path: \.fitCompetencyShortfall, range: 0...1000),
        IntegerSetting(key: "fit_rank_year", path: \.fitRankYear, range: 0...1000),
        IntegerSetting(key: "fit_rank_years_max", path: \.fitRankYearsMax, range: 0...40),
        IntegerSetting(key: "fit_career_path", path: \.fitCareerPath, range: 0...1000),
    ]

    public static let integerListSettings: [IntegerListSetting] = [
        IntegerListSetting(key: "fit_performance", path: \.fitPerformance, count: 5),
        IntegerListSetting(key: "fit_potential", path: \.fitPotential, count: 3),
    ]

    /// The names of the settings as the file spells them, for messages and documentation.
    public static let keys = ["effective_hours", "sensitivity_hours", "ej_grades", "need_rounding", "structural_allowance",
                              "functional_allowance", "retirement_age", "pelaksana_education",
                              "tpp", "gaji_pokok", "belanja_pegawai_ceiling", "pppk_share"]
        + integerSettings.map(\.key) + integerListSettings.map(\.key) + textSettings.map(\.key)
}
