/// What a civil servant is paid, for the cost of the structure (domain rules, section 11). Each table is
/// a default a chart overrides in `organisation.settings`; every cost report names the tables it used.
public enum Pay {
    /// Gaji pokok PNS, Rp a month: Lampiran II of PP 7/1977 as replaced by PP 5/2024 (the 19th amendment,
    /// in force from 1 January 2024; before it PP 15/2019). Every cell as the Lampiran prints it: per
    /// golongan the steps of masa kerja golongan (MKG) and the amount from that MKG on. Golongan I/a and
    /// III–IV rise every two years from MKG 0; I/b–I/d and II/b–II/d from MKG 3 on odd years; II/a has MKG
    /// 0, 1 and then odd years. Transcribed from a public transcription of the Lampiran and checked against
    /// every cell legible in the official text (`Tests/OrgModelTests/PayTableTests.swift`).
    public static let baseSalaryTable: [Rank: [(mkg: Int, amount: Int)]] = [
        .iA: [(0, 1_685_700), (2, 1_738_800), (4, 1_793_500), (6, 1_850_000), (8, 1_908_300), (10, 1_968_400), (12, 2_030_400), (14, 2_094_300), (16, 2_160_300), (18, 2_228_300), (20, 2_298_500), (22, 2_370_900), (24, 2_445_500), (26, 2_522_600)],
        .iB: [(3, 1_840_800), (5, 1_898_800), (7, 1_958_600), (9, 2_020_300), (11, 2_083_900), (13, 2_149_600), (15, 2_217_300), (17, 2_287_100), (19, 2_359_100), (21, 2_433_400), (23, 2_510_100), (25, 2_589_100), (27, 2_670_700)],
        .iC: [(3, 1_918_700), (5, 1_979_100), (7, 2_041_500), (9, 2_105_800), (11, 2_172_100), (13, 2_240_500), (15, 2_311_100), (17, 2_383_900), (19, 2_458_900), (21, 2_536_400), (23, 2_616_300), (25, 2_698_700), (27, 2_783_700)],
        .iD: [(3, 1_999_900), (5, 2_062_900), (7, 2_127_800), (9, 2_194_800), (11, 2_264_000), (13, 2_335_300), (15, 2_408_800), (17, 2_484_700), (19, 2_562_900), (21, 2_643_700), (23, 2_726_900), (25, 2_812_800), (27, 2_901_400)],
        .iiA: [(0, 2_184_000), (1, 2_218_400), (3, 2_288_200), (5, 2_360_300), (7, 2_434_600), (9, 2_511_300), (11, 2_590_400), (13, 2_672_000), (15, 2_756_200), (17, 2_843_000), (19, 2_932_500), (21, 3_024_900), (23, 3_120_100), (25, 3_218_400), (27, 3_319_800), (29, 3_424_300), (31, 3_532_200), (33, 3_643_400)],
        .iiB: [(3, 2_385_000), (5, 2_460_100), (7, 2_537_600), (9, 2_617_500), (11, 2_700_000), (13, 2_785_000), (15, 2_872_700), (17, 2_963_200), (19, 3_056_500), (21, 3_152_800), (23, 3_252_100), (25, 3_354_500), (27, 3_460_200), (29, 3_569_200), (31, 3_681_600), (33, 3_797_500)],
        .iiC: [(3, 2_485_900), (5, 2_564_200), (7, 2_645_000), (9, 2_728_300), (11, 2_814_200), (13, 2_902_800), (15, 2_994_300), (17, 3_088_600), (19, 3_185_800), (21, 3_286_200), (23, 3_389_700), (25, 3_496_400), (27, 3_606_500), (29, 3_720_100), (31, 3_837_300), (33, 3_958_200)],
        .iiD: [(3, 2_591_100), (5, 2_672_700), (7, 2_756_800), (9, 2_843_700), (11, 2_933_200), (13, 3_025_600), (15, 3_120_900), (17, 3_219_200), (19, 3_320_600), (21, 3_425_200), (23, 3_533_100), (25, 3_644_300), (27, 3_759_100), (29, 3_877_500), (31, 3_999_600), (33, 4_125_600)],
        .iiiA: [(0, 2_785_700), (2, 2_873_500), (4, 2_964_000), (6, 3_057_300), (8, 3_153_600), (10, 3_252_900), (12, 3_355_400), (14, 3_461_100), (16, 3_570_100), (18, 3_682_500), (20, 3_798_500), (22, 3_918_100), (24, 4_041_500), (26, 4_168_800), (28, 4_300_100), (30, 4_435_500), (32, 4_575_200)],
        .iiiB: [(0, 2_903_600), (2, 2_995_000), (4, 3_089_300), (6, 3_186_600), (8, 3_287_000), (10, 3_390_500), (12, 3_497_300), (14, 3_607_500), (16, 3_721_100), (18, 3_838_300), (20, 3_959_200), (22, 4_083_900), (24, 4_212_500), (26, 4_345_100), (28, 4_482_000), (30, 4_623_200), (32, 4_768_800)],
        .iiiC: [(0, 3_026_400), (2, 3_121_700), (4, 3_220_000), (6, 3_321_400), (8, 3_426_000), (10, 3_533_900), (12, 3_645_200), (14, 3_760_100), (16, 3_878_500), (18, 4_000_600), (20, 4_126_600), (22, 4_256_600), (24, 4_390_700), (26, 4_528_900), (28, 4_671_600), (30, 4_818_700), (32, 4_970_500)],
        .iiiD: [(0, 3_154_400), (2, 3_253_700), (4, 3_356_200), (6, 3_461_900), (8, 3_571_000), (10, 3_683_400), (12, 3_799_400), (14, 3_919_100), (16, 4_042_500), (18, 4_169_900), (20, 4_301_200), (22, 4_436_700), (24, 4_576_400), (26, 4_720_500), (28, 4_869_200), (30, 5_022_500), (32, 5_180_700)],
        .ivA: [(0, 3_287_800), (2, 3_391_400), (4, 3_498_200), (6, 3_608_400), (8, 3_722_000), (10, 3_839_200), (12, 3_960_200), (14, 4_084_900), (16, 4_213_500), (18, 4_346_200), (20, 4_483_100), (22, 4_624_300), (24, 4_770_000), (26, 4_920_200), (28, 5_075_200), (30, 5_235_000), (32, 5_399_900)],
        .ivB: [(0, 3_426_900), (2, 3_534_800), (4, 3_646_200), (6, 3_761_000), (8, 3_879_500), (10, 4_001_600), (12, 4_127_700), (14, 4_257_700), (16, 4_391_800), (18, 4_530_100), (20, 4_672_800), (22, 4_819_900), (24, 4_971_700), (26, 5_128_300), (28, 5_289_800), (30, 5_456_400), (32, 5_628_300)],
        .ivC: [(0, 3_571_900), (2, 3_684_400), (4, 3_800_400), (6, 3_920_100), (8, 4_043_600), (10, 4_170_900), (12, 4_302_300), (14, 4_437_800), (16, 4_577_500), (18, 4_721_700), (20, 4_870_400), (22, 5_023_800), (24, 5_182_000), (26, 5_345_200), (28, 5_513_600), (30, 5_687_200), (32, 5_866_400)],
        .ivD: [(0, 3_723_000), (2, 3_840_200), (4, 3_961_200), (6, 4_085_900), (8, 4_214_600), (10, 4_347_300), (12, 4_484_300), (14, 4_625_500), (16, 4_771_200), (18, 4_921_400), (20, 5_076_400), (22, 5_236_300), (24, 5_401_200), (26, 5_571_400), (28, 5_746_800), (30, 5_927_800), (32, 6_114_500)],
        .ivE: [(0, 3_880_400), (2, 4_002_700), (4, 4_128_700), (6, 4_258_700), (8, 4_392_900), (10, 4_531_200), (12, 4_673_900), (14, 4_821_100), (16, 4_973_000), (18, 5_129_600), (20, 5_291_200), (22, 5_457_800), (24, 5_629_700), (26, 5_807_000), (28, 5_989_900), (30, 6_178_600), (32, 6_373_200)],
    ]

    public static let baseSalarySource = "PP 5/2024 Lampiran (gaji pokok PNS)"
    /// What the masa kerja golongan is taken from: the chart has no MKG field, so Ramping counts the
    /// years since the TMT CPNS in the NIP. A PNS promoted across golongan groups (II/d → III/a) has an
    /// MKG a few years lower, so the figure is an upper bound for those.
    public static let masaKerjaNote = "MKG = masa kerja sejak TMT CPNS pada NIP"
    /// PPPK pay (Perpres 11/2024, golongan I–XVII): the chart gives no PPPK golongan and the official text
    /// of the table could not be read, so PPPK gaji is not costed, and every cost report says so.
    public static let pppkSalarySource = "Perpres 11/2024 (gaji PPPK golongan I–XVII)"
    public static let structuralAllowanceSource = "Perpres 26/2007"
    public static let functionalAllowanceSource = "Perpres tunjangan jabatan fungsional per jenis (tabel bawaan Ramping)"
    public static let tppSource = "Perkada TPP daerah (settings.tpp)"
    public static let ceilingSource = "UU 1/2022 Ps 146(1)"

    /// Monthly gaji pokok for a golongan and masa kerja golongan (years): the amount of the last step
    /// of the row at or below that MKG (the first step below it, the last above it). When the chart gives
    /// its own first and last amount for the golongan (`settings.gaji_pokok`), the steps between are
    /// interpolated geometrically between those two, as the Lampiran's own rows rise (3.15 % a step).
    public static func baseSalary(_ rank: Rank, years: Int, _ settings: Settings) -> Int {
        let row = baseSalaryTable[rank]!
        let index = row.lastIndex { $0.mkg <= years } ?? 0
        guard let own = settings.baseSalary[rank] else { return row[index].amount }
        let first = Double(own.lowerBound), last = Double(own.upperBound)
        guard row.count > 1, first > 0 else { return own.lowerBound }
        let value = first * pow(last / first, Double(index) / Double(row.count - 1))
        return Int((value / 100).rounded()) * 100
    }

    private static func pow(_ base: Double, _ exponent: Double) -> Double {
        // exp(exponent × ln base) without Foundation: base is a ratio near 1–2, exponent in [0, 1].
        var result = 1.0, term = 1.0
        let x = exponent * ln(base)
        for n in 1..<30 { term *= x / Double(n); result += term }
        return result
    }

    private static func ln(_ y: Double) -> Double {
        // ln y = 2 artanh((y − 1)/(y + 1)), converging fast for y in (0.5, 3).
        let z = (y - 1) / (y + 1), z2 = z * z
        var sum = 0.0, power = z
        for k in 0..<40 { sum += power / Double(2 * k + 1); power *= z2 }
        return 2 * sum
    }
}
