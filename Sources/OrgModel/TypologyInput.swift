/// The figures a region gives for its pemetaan urusan (PP 18/2016 Ps 6 and its Lampiran): the general
/// variables and, per government affair, the values of the affair's technical indicators. The chart's
/// `typology:` section (or a file it names) holds them; `OrgAnalysis.Typology` scores them.
public struct TypologyInput: Hashable, Sendable {
    /// Jumlah penduduk (people).
    public var population: Double?
    /// Luas wilayah (km²).
    public var area: Double?
    /// Indicator values per table: table id (an affair, e.g. `pendidikan`, or a sub-affair such as
    /// `kebakaran`) → indicator id → value.
    public var indicators: [String: [String: Double]]
    /// The figures of each kecamatan (Lampiran IV.B.H): the kecamatan's unit id → indicator id → value.
    public var kecamatan: [String: [String: Double]] = [:]
    /// The file the figures were read from when the chart names one (`typology: FILE`), for reports.
    public var file: String?

    public init(population: Double? = nil, area: Double? = nil, indicators: [String: [String: Double]] = [:], file: String? = nil) {
        self.population = population
        self.area = area
        self.indicators = indicators
        self.file = file
    }
}
