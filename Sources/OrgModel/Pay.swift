/// What a civil servant is paid, for the cost of the structure (domain rules, section 11). Each table is
/// a default a chart overrides in `organisation.settings`; every cost report names the tables it used.
public enum Pay {
    /// Gaji pokok PNS, PP 5/2024 (the 19th amendment of PP 7/1977), Rp a month: per golongan the first
    /// and the last step of its row with their masa kerja golongan (MKG). Default: the end points as
    /// published; the steps between are interpolated geometrically (the table rises by a near-constant
    /// ratio every two years), so a figure between is an estimate to within about 1 %. Override per
    /// golongan with `settings.gaji_pokok`.
    public static let baseSalaryTable: [Rank: (firstMKG: Int, first: Int, lastMKG: Int, last: Int)] = [
        .iA: (0, 1_685_700, 27, 2_522_600), .iB: (3, 1_840_800, 27, 2_629_600),
        .iC: (3, 1_918_700, 27, 2_740_800), .iD: (3, 1_999_900, 27, 2_856_800),
        .iiA: (0, 2_184_000, 33, 3_643_400), .iiB: (3, 2_385_000, 33, 3_797_500),
        .iiC: (3, 2_485_900, 33, 3_958_200), .iiD: (3, 2_591_100, 33, 4_125_600),
        .iiiA: (0, 2_785_700, 32, 4_575_200), .iiiB: (0, 2_903_600, 32, 4_768_800),
        .iiiC: (0, 3_026_400, 32, 4_970_500), .iiiD: (0, 3_154_400, 32, 5_180_700),
        .ivA: (0, 3_287_800, 32, 5_399_900), .ivB: (0, 3_426_900, 32, 5_628_300),
        .ivC: (0, 3_571_900, 32, 5_866_400), .ivD: (0, 3_723_000, 32, 6_114_500),
        .ivE: (0, 3_880_400, 32, 6_373_200),
    ]

    public static let baseSalarySource = "PP 5/2024 (gaji pokok PNS; langkah antara ditaksir)"
    public static let structuralAllowanceSource = "Perpres 26/2007"
    public static let functionalAllowanceSource = "Perpres tunjangan jabatan fungsional per jenis (tabel bawaan Ramping)"
    public static let tppSource = "Perkada TPP daerah (settings.tpp)"
    public static let ceilingSource = "UU 1/2022 Ps 146(1)"

    /// Monthly gaji pokok for a golongan and masa kerja golongan (years), two-year steps from the row's
    /// first MKG, capped at its last step: the chart's figures when it gives them, else PP 5/2024.
    public static func baseSalary(_ rank: Rank, years: Int, _ settings: Settings) -> Int {
        let row = baseSalaryTable[rank]!
        let first = Double(settings.baseSalary[rank]?.lowerBound ?? row.first)
        let last = Double(settings.baseSalary[rank]?.upperBound ?? row.last)
        let steps = Double((row.lastMKG - row.firstMKG) / 2)
        let step = Double(min(max(0, years - row.firstMKG), row.lastMKG - row.firstMKG) / 2)
        guard steps > 0, first > 0 else { return Int(first) }
        let value = first * pow(last / first, step / steps)
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
