public import OrgModel

/// The type a perangkat daerah is entitled to from its pemetaan urusan score (PP 18/2016 Ps 53, 18 and
/// the Lampiran; `ramping analyse typology`): per affair the score worksheet as the pemetaan forms show
/// it, and per dinas, badan or Satpol PP the type its affairs warrant against the type the chart has.
///
/// Score = Σ (skala nilai × bobot %) over the general indicators (20 %) and the affair's technical ones
/// (80 %), times the geographic factor (`organisation.geo_factor`, default 1.0; not for archives,
/// encryption, forestry and energy). > 800 type A, 601–800 B, 401–600 C, 301–400 a bidang in another
/// dinas, ≤ 300 a seksi; an affair of basic services is at least type C (domain rules, section 2). Each
/// kecamatan has its own worksheet (Lampiran IV.B.H) from `typology.kecamatan`: above 600 type A, else
/// type B (Ps 53(4)).
public struct TypologyAnalysis: Report {
    /// What a score warrants, smallest first.
    public enum Warranted: Int, Comparable, Sendable, CaseIterable {
        case seksi, bidang, c, b, a

        public static func < (x: Warranted, y: Warranted) -> Bool { x.rawValue < y.rawValue }

        /// The class of a score (domain rules, section 2).
        public static func of(score: Double) -> Warranted {
            score > 800 ? .a : score > 600 ? .b : score > 400 ? .c : score > 300 ? .bidang : .seksi
        }

        public init(_ type: UnitType) {
            switch type {
            case .a: self = .a
            case .b: self = .b
            case .c: self = .c
            }
        }

        public var unitType: UnitType? {
            switch self {
            case .a: .a
            case .b: .b
            case .c: .c
            default: nil
            }
        }

        public func label(_ l: Language) -> String {
            switch self {
            case .a: l.pick("tipe A", "type A")
            case .b: l.pick("tipe B", "type B")
            case .c: l.pick("tipe C", "type C")
            case .bidang: l.pick("bidang pada dinas lain", "a bidang in another dinas")
            case .seksi: l.pick("seksi", "a seksi")
            }
        }
    }

    /// One row of a worksheet: indicator, value, class, points, weight, score.
    public struct Line: Sendable, Hashable {
        public let indicator: TypologyIndicator
        public let value: Double?
        public var classIndex: Int? { value.map(indicator.classIndex) }
        public var points: Int? { classIndex.map(TypologyIndicator.points) }
        public var score: Double? { points.map { Double($0) * indicator.weight / 100 } }
    }

    /// The pemetaan worksheet of one affair.
    public struct Worksheet: Sendable, Hashable {
        public let table: TypologyTable
        public let general: [Line]
        public let technical: [Line]
        public let geoFactor: Double
        /// Whether the geographic factor applies to this affair.
        public let factorApplies: Bool
        /// The kecamatan a IV.B.H worksheet scores (nil for an affair's worksheet).
        public var subject: Subject? = nil

        public struct Subject: Sendable, Hashable {
            public let unit: String
            public let name: String
        }

        public var lines: [Line] { general + technical }
        /// Indicators without a value: the worksheet cannot be scored until they are given.
        public var missing: [TypologyIndicator] { lines.filter { $0.value == nil }.map(\.indicator) }
        public var generalScore: Double { general.compactMap(\.score).reduce(0, +) }
        public var technicalScore: Double { technical.compactMap(\.score).reduce(0, +) }
        /// The score before the geographic factor.
        public var subtotal: Double { generalScore + technicalScore }
        /// The final score; nil while indicators are missing.
        public var score: Double? { missing.isEmpty ? subtotal * (factorApplies ? geoFactor : 1) : nil }
        public var isBasicService: Bool { table.affair?.isBasicService ?? false }
        /// What the score warrants, with the basic-service floor of type C.
        public var warranted: Warranted? {
            guard let score else { return nil }
            // Ps 53(4): a kecamatan above 600 is type A, else type B.
            if table.unitKind == .kecamatan { return score > 600 ? .a : .b }
            let w = Warranted.of(score: score)
            // A basic-service affair (Ps 53(3)), planning and finance and the Setda, Setwan and
            // Inspektorat (Ps 53(1)) are at least type C.
            let floorC = isBasicService || (table.affair?.isPlanningOrFinance ?? false) || table.unitKind != nil
            return floorC ? max(w, .c) : w
        }
    }

    /// One perangkat daerah: the type its affairs warrant against the chart's.
    public struct UnitRow: Sendable, Hashable {
        public let unit: String
        public let name: String
        public let affairs: [String]
        public let chartType: UnitType?
        /// Nil when an affair has no worksheet or its worksheet is incomplete.
        public let warranted: Warranted?
        /// An extra bidang a type A merged dinas may have (Ps 40(6)).
        public let extraBidang: Int
        /// Affairs without a scored worksheet.
        public let unscored: [String]

        /// The chart's type is larger than the score warrants.
        public var isAboveWarranted: Bool {
            guard let chartType, let warranted else { return false }
            return Warranted(chartType) > warranted
        }
    }

    public let worksheets: [Worksheet]
    public let units: [UnitRow]
    public let geoFactor: Double
    /// Whether the chart gave a geographic factor (else 1.0 is used and the report says so).
    public let geoFactorGiven: Bool
    public let hasInput: Bool
    /// Row of each unit id, so that `row(_:)` is a lookup, not a scan (compliance asks it per unit).
    private let rowIndex: [String: Int]

    public init(_ graph: OrgGraph) { self.init(chart: graph.chart) }

    public init(chart: OrgChart) {
        let input = chart.typology ?? TypologyInput()
        hasInput = chart.typology != nil
        let geoFactor = chart.organisation.geoFactor ?? 1.0
        self.geoFactor = geoFactor
        geoFactorGiven = chart.organisation.geoFactor != nil
        let general = Self.generalLines(chart)
        var ordered: [Worksheet] = []
        // Worksheets for every affair the chart gives figures for, and every affair a unit carries.
        var used = Set(input.indicators.keys)
        for unit in chart.units where Self.scoredKinds.contains(unit.kind) {
            for spelling in unit.affairs { if let t = TypologyTables.table(spelling) { used.insert(t.id) } }
        }
        for unit in chart.units { if let t = Self.kindTable(unit.kind) { used.insert(t.id) } }
        for table in TypologyTables.technical where used.contains(table.id) {
            ordered.append(Self.worksheet(table, input: input, general: general, geoFactor: geoFactor))
        }
        // One IV.B.H worksheet per kecamatan the figures are given for, in chart order.
        for unit in chart.units where unit.kind == .kecamatan {
            guard let values = input.kecamatan[unit.id] else { continue }
            var sheet = Worksheet(table: TypologyTables.kecamatan, general: general,
                                  technical: TypologyTables.kecamatan.indicators.map { Line(indicator: $0, value: values[$0.id]) },
                                  geoFactor: geoFactor, factorApplies: true)
            sheet.subject = Worksheet.Subject(unit: unit.id, name: unit.name)
            ordered.append(sheet)
        }
        worksheets = ordered
        let kecamatanKind = TypologyTables.kecamatan.id
        var kecamatanSheet: [String: Worksheet] = [:]
        for sheet in ordered { if let subject = sheet.subject { kecamatanSheet[subject.unit] = sheet } }
        let rows: [UnitRow] = chart.units.filter { (Self.scoredKinds.contains($0.kind) && !$0.affairs.isEmpty) || Self.kindTable($0.kind) != nil || $0.kind == .kecamatan }.map { unit in
            if unit.kind == .kecamatan {
                let w = kecamatanSheet[unit.id]?.warranted
                return UnitRow(unit: unit.id, name: unit.name, affairs: [], chartType: unit.type, warranted: w, extraBidang: 0,
                               unscored: w == nil ? [kecamatanKind] : [])
            }
            if let table = Self.kindTable(unit.kind) {
                let w = ordered.first { $0.table.id == table.id }?.warranted
                return UnitRow(unit: unit.id, name: unit.name, affairs: [], chartType: unit.type, warranted: w, extraBidang: 0,
                               unscored: w == nil ? [table.id] : [])
            }
            let w = Self.warranted(affairs: unit.affairs, worksheets: ordered)
            return UnitRow(unit: unit.id, name: unit.name, affairs: unit.affairs, chartType: unit.type,
                           warranted: w.warranted, extraBidang: w.extraBidang, unscored: w.unscored)
        }
        units = rows
        rowIndex = Dictionary(rows.enumerated().map { ($1.unit, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static let scoredKinds: Set<UnitKind> = [.dinas, .badan, .satpolPP]

    /// The Lampiran IV.B table of a Setda, Setwan or Inspektorat.
    static func kindTable(_ kind: UnitKind) -> TypologyTable? { TypologyTables.technical.first { $0.unitKind == kind } }

    static func generalLines(_ chart: OrgChart) -> [Line] {
        let input = chart.typology ?? TypologyInput()
        let values: [String: Double?] = ["penduduk": input.population, "luas_wilayah": input.area, "apbd": chart.organisation.apbd]
        return TypologyTables.general.indicators.map { Line(indicator: $0, value: values[$0.id] ?? nil) }
    }

    static func worksheet(_ table: TypologyTable, input: TypologyInput, general: [Line], geoFactor: Double) -> Worksheet {
        let values = input.indicators[table.id] ?? [:]
        return Worksheet(table: table, general: general, technical: table.indicators.map { Line(indicator: $0, value: values[$0.id]) },
                         geoFactor: geoFactor,
                         factorApplies: !(table.affair.map(TypologyTables.withoutGeographicFactor.contains) ?? false)
                             && table.unitKind != .sekretariatDPRD)
    }

    /// The type a dinas, badan or Satpol PP carrying `affairs` warrants: the best affair's type, raised
    /// by the merger rule of `AffairMerger` (written once there) when another affair is worth at least a
    /// bidang (PP 18/2016 Ps 40(6), 54(2)). Nil while an affair has no table or no complete worksheet.
    public func warranted(affairs: [String]) -> (warranted: Warranted?, extraBidang: Int, unscored: [String]) {
        Self.warranted(affairs: affairs, worksheets: worksheets)
    }

    static func warranted(affairs: [String], worksheets: [Worksheet]) -> (warranted: Warranted?, extraBidang: Int, unscored: [String]) {
        var scored: [Warranted] = [], unscored: [String] = [], seen: Set<String> = []
        for spelling in affairs {
            guard let table = TypologyTables.table(spelling) else { unscored.append(spelling); continue }
            // Two spellings of one affair (pekerjaan-umum, penataan-ruang) are one worksheet, counted once.
            guard seen.insert(table.id).inserted else { continue }
            guard let w = worksheets.first(where: { $0.table.id == table.id })?.warranted else { unscored.append(spelling); continue }
            scored.append(w)
        }
        guard unscored.isEmpty, let best = scored.max() else { return (nil, 0, unscored) }
        guard let main = best.unitType else { return (best, 0, []) }
        var rest = scored
        rest.remove(at: rest.firstIndex(of: best)!)
        let added = rest.filter { $0 >= .bidang }.map { $0.unitType ?? .c }
        guard let merged = AffairMerger.mergedType([main] + added) else { return (best, 0, []) }
        return (Warranted(merged.type), merged.extraBidang, [])
    }

    /// The warranted type of a unit by id (for compliance and the simulator).
    public func row(_ unit: String) -> UnitRow? { rowIndex[unit].map { units[$0] } }

    public static func affairName(_ table: TypologyTable) -> String {
        if let kind = table.unitKind { return kind.label(.indonesian) }
        return table.id == "kebakaran" ? "sub urusan kebakaran" : (table.affair?.name ?? table.id)
    }

    static func difference(_ row: UnitRow, _ l: Language) -> String {
        guard let warranted = row.warranted else {
            let noTable = row.unscored.filter { TypologyTables.table($0) == nil && $0 != TypologyTables.kecamatan.id }
            if !noTable.isEmpty {
                return l.pick("tanpa tabel Lampiran (tipe menurut peraturannya sendiri): ", "no Lampiran table (typed by its own regulation): ")
                    + noTable.map { Affair(spelling: $0)?.name ?? $0 }.joined(separator: ", ")
            }
            return l.pick("belum dapat dinilai, indikator belum lengkap: ", "cannot be scored yet, indicators missing: ")
                + row.unscored.map { TypologyTables.table($0).map(affairName) ?? ($0 == TypologyTables.kecamatan.id ? l.pick("Lampiran IV.B.H", "Lampiran IV.B.H") : $0) }
                    .joined(separator: ", ")
        }
        guard let t = row.chartType else { return l.pick("bagan tanpa tipe", "the chart gives no type") }
        let c = Warranted(t)
        if c == warranted { return l.pick("sesuai", "as warranted") }
        return c > warranted ? l.pick("lebih besar dari hasil pemetaan", "larger than warranted")
                             : l.pick("lebih kecil dari hasil pemetaan", "smaller than warranted")
    }

    func scoreText(_ v: Double?, _ l: Language) -> String { v.map { l.number($0) } ?? "–" }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        var out: [Table] = []
        let factorNote = geoFactorGiven ? l.number(geoFactor) : l.pick("1 (bagan tidak memberi geo_factor)", "1 (the chart gives no geo_factor)")
        var summary = Table(title: l.pick("Pemetaan urusan (\(TypologyTables.source); faktor kesulitan geografis \(factorNote))",
                                          "Mapping of affairs (\(TypologyTables.source); geographic factor \(factorNote))"),
                            columns: [l.pick("Perangkat daerah", "Perangkat daerah"), l.pick("Urusan", "Affairs"),
                                      l.pick("Tipe menurut skor", "Warranted type"), l.pick("Tipe dalam bagan", "Type in chart"),
                                      l.pick("Selisih", "Difference")],
                            alignments: [.left, .left, .left, .left, .left])
        for row in units {
            var names: [String] = []
            for a in row.affairs {
                let name = TypologyTables.table(a).map(Self.affairName) ?? Affair(spelling: a)?.name ?? a
                if !names.contains(name) { names.append(name) }
            }
            let affairs = row.affairs.isEmpty ? l.pick("(tabel unit)", "(unit table)") : names.joined(separator: ", ")
            var w = row.warranted?.label(l) ?? "–"
            if row.extraBidang > 0 { w += l.pick(" (5 bidang)", " (5 bidang)") }
            summary.rows.append([row.name, affairs, w, row.chartType.map { l.pick("tipe ", "type ") + $0.rawValue } ?? "–",
                                 Self.difference(row, l)])
        }
        if !hasInput {
            summary.rows.append([l.pick("Bagan belum memuat bagian typology: (nilai indikator)", "The chart has no typology: section (indicator values)"), "", "", "", ""])
        }
        out.append(summary.limited(to: limit, l))
        for s in worksheets { out.append(worksheetTable(s, l)) }
        return out
    }

    func worksheetTable(_ s: Worksheet, _ l: Language) -> Table {
        // The subject first, so a workbook's sheet (named from the title) says which affair it is.
        let name = s.subject?.name ?? Self.affairName(s.table)
        let subject = name.prefix(1).uppercased() + name.dropFirst()
        let article = String(s.table.heading.split(separator: " ").first ?? "")
        var t = Table(title: l.pick("\(subject): lembar pemetaan \(s.table.unitKind == nil ? "urusan " : "")(Lampiran \(article), \(TypologyTables.source))",
                                    "\(subject): mapping worksheet (Lampiran \(article), \(TypologyTables.source))"),
                      columns: ["No", l.pick("Indikator", "Indicator"), l.pick("Nilai", "Value"), l.pick("Kelas interval", "Class interval"),
                                l.pick("Skala nilai", "Points"), l.pick("Bobot (%)", "Weight (%)"), l.pick("Skor", "Score")],
                      alignments: [.right, .left, .right, .left, .right, .right, .right])
        func add(_ lines: [Line], prefix: String) {
            for (i, line) in lines.enumerated() {
                let c = line.classIndex
                t.rows.append(["\(prefix)\(i + 1)", line.indicator.name, line.value.map { l.number($0) } ?? l.pick("belum diisi", "not given"),
                               c.map { "\(["a", "b", "c", "d", "e"][$0]). " + line.indicator.interval($0, l) } ?? "–",
                               line.points.map(l.integer) ?? "–", l.number(line.indicator.weight), scoreText(line.score, l)])
            }
        }
        add(s.general, prefix: l.pick("U", "G"))
        t.rows.append(["", l.pick("Jumlah variabel umum (20%)", "General variables (20%)"), "", "", "", "20", l.number(s.generalScore)])
        add(s.technical, prefix: l.pick("T", "T"))
        t.rows.append(["", l.pick("Jumlah variabel teknis (80%)", "Technical variables (80%)"), "", "", "", l.number(s.table.totalWeight), l.number(s.technicalScore)])
        t.rows.append(["", l.pick("Jumlah", "Total"), "", "", "", "", l.number(s.subtotal)])
        let factor = s.factorApplies ? l.number(s.geoFactor) : l.pick("tidak berlaku", "does not apply")
        t.rows.append(["", l.pick("Faktor kesulitan geografis", "Geographic factor"), factor, "", "", "", ""])
        t.rows.append(["", l.pick("Skor akhir", "Final score"), "", "", "", "", scoreText(s.score, l)])
        var verdict = s.warranted?.label(l) ?? l.pick("belum dapat dinilai (indikator belum diisi)", "cannot be scored (indicators missing)")
        if let reason = s.table.affair?.typeCFloorReason(l), let score = s.score, Warranted.of(score: score) < .c {
            verdict += " (\(reason))"
        }
        t.rows.append(["", l.pick("Tipe menurut skor", "Warranted type"), verdict, "", "", "", ""])
        return t
    }

    public func detailTable(_ l: Language) -> Table {
        var t = Table(title: "", columns: [l.pick("urusan", "affair"), l.pick("variabel", "variable"), l.pick("indikator", "indicator"),
                                           l.pick("nilai", "value"), l.pick("kelas", "class"), l.pick("skala_nilai", "points"),
                                           l.pick("bobot", "weight"), l.pick("skor", "score")])
        for s in worksheets {
            for (kind, lines) in [(l.pick("umum", "general"), s.general), (l.pick("teknis", "technical"), s.technical)] {
                for line in lines {
                    // CSV is for spreadsheets: plain numbers with a decimal point, as the other analyses write them.
                    t.rows.append([s.subject?.name ?? Self.affairName(s.table), kind, line.indicator.name, line.value.map { formatNumber($0) } ?? "",
                                   line.classIndex.map { ["a", "b", "c", "d", "e"][$0] } ?? "", line.points.map(String.init) ?? "",
                                   formatNumber(line.indicator.weight), line.score.map { formatNumber($0) } ?? ""])
                }
            }
            t.rows.append([s.subject?.name ?? Self.affairName(s.table), l.pick("skor akhir", "final score"), s.warranted?.label(l) ?? "", "", "", "",
                           s.factorApplies ? formatNumber(s.geoFactor) : "", s.score.map { formatNumber($0) } ?? ""])
        }
        return t
    }

    public func json(_ l: Language) -> JSONValue {
        .object([
            ("source", .string(TypologyTables.source)),
            ("geo_factor", .double(geoFactor)),
            ("units", .array(units.map { r in
                .object([("unit", .string(r.unit)), ("name", .string(r.name)), ("affairs", .array(r.affairs.map { .string($0) })),
                         ("type", r.chartType.map { .string($0.rawValue) } ?? .null),
                         ("warranted", r.warranted.map { .string(Self.key($0)) } ?? .null),
                         ("above_warranted", .bool(r.isAboveWarranted)), ("unscored", .array(r.unscored.map { .string($0) }))])
            })),
            ("worksheets", .array(worksheets.map { s in
                .object([("affair", .string(s.table.id))] + (s.subject.map { [("unit", JSONValue.string($0.unit))] } ?? []) + [
                         ("score", s.score.map { .double($0) } ?? .null),
                         ("subtotal", .double(s.subtotal)), ("geo_factor_applies", .bool(s.factorApplies)),
                         ("warranted", s.warranted.map { .string(Self.key($0)) } ?? .null),
                         ("lines", .array(s.lines.map { line in
                             .object([("indicator", .string(line.indicator.id)), ("value", line.value.map { .double($0) } ?? .null),
                                      ("class", line.classIndex.map { .string(["a", "b", "c", "d", "e"][$0]) } ?? .null),
                                      ("points", line.points.map { .int($0) } ?? .null), ("weight", .double(line.indicator.weight)),
                                      ("score", line.score.map { .double($0) } ?? .null)])
                         }))])
            })),
        ])
    }

    static func key(_ w: Warranted) -> String {
        switch w {
        case .a: "A"
        case .b: "B"
        case .c: "C"
        case .bidang: "bidang"
        case .seksi: "seksi"
        }
    }
}
