public import OrgModel
public import OrgAnalysis

/// The figures a planner compares between the baseline and each scenario (`ramping compare`).
///
/// Structural allowance: the monthly tunjangan jabatan struktural per eselon (Perpres 26/2007 by default,
/// or the chart's `settings.structural_allowance`), for every filled structural seat, times 12.
public struct Comparison: Report {
    public struct Column: Sendable {
        public var name: String
        public var figures: [(key: String, value: Double)]
    }

    public let columns: [Column]
    /// Row keys in order, with their human names.
    public let rows: [(key: String, id: String, en: String)]

    public static let defaultAllowance: [Eselon: Int] = [.iiA: 3_250_000, .iiB: 2_025_000, .iiiA: 1_260_000, .iiiB: 980_000,
                                                         .ivA: 540_000, .ivB: 490_000]

    public init(_ charts: [(name: String, graph: OrgGraph)]) {
        var rowKeys: [(String, String, String)] = []
        func row(_ key: String, _ id: String, _ en: String) { if !rowKeys.contains(where: { $0.0 == key }) { rowKeys.append((key, id, en)) } }
        let kinds = UnitKind.allCases.filter { k in charts.contains { $0.graph.units.contains { $0.kind == k } } }
        for k in kinds { row("units.\(k.rawValue)", "unit \(k.label(.indonesian))", "units: \(k.label(.english))") }
        for e in Eselon.allCases { row("posts.eselon.\(e.rawValue)", "jabatan eselon \(e.rawValue)", "posts at eselon \(e.rawValue)") }
        row("seats.fungsional", "formasi fungsional", "functional seats")
        row("seats.pelaksana", "formasi pelaksana", "pelaksana seats")
        row("layers", "lapisan", "layers")
        row("span.mean", "rata-rata rentang kendali", "mean span")
        row("span.median", "median rentang kendali", "median span")
        row("span.narrow", "atasan rentang sempit", "narrow managers")
        row("span.wide", "atasan rentang lebar", "wide managers")
        row("need", "kebutuhan pegawai (ABK)", "staff needed (ABK)")
        row("filled", "pegawai menjabat", "people in post")
        row("shortage", "kekurangan", "shortage")
        row("surplus", "kelebihan", "surplus")
        row("compliance.errors", "pelanggaran kepatuhan", "compliance errors")
        row("compliance.warnings", "saran kepatuhan", "compliance warnings")
        row("pool", "pegawai tanpa jabatan", "people without a post")
        row("allowance", "tunjangan struktural per tahun (Rp)", "structural allowance a year (Rp)")
        row("saving", "penghematan terhadap kondisi awal (Rp)", "saving against the baseline (Rp)")
        rows = rowKeys.map { (key: $0.0, id: $0.1, en: $0.2) }

        var columns: [Column] = []
        var baseline: Double?
        for (name, g) in charts {
            var f: [(String, Double)] = []
            for k in kinds { f.append(("units.\(k.rawValue)", Double(g.units.count { $0.kind == k }))) }
            for e in Eselon.allCases { f.append(("posts.eselon.\(e.rawValue)", Double(g.positions.count { $0.eselon == e && $0.level.isStructural }))) }
            f.append(("seats.fungsional", Double(g.positions.filter { $0.level == .fungsional }.reduce(0) { $0 + $1.seats })))
            f.append(("seats.pelaksana", Double(g.positions.filter { $0.level == .pelaksana }.reduce(0) { $0 + $1.seats })))
            let spans = SpanAnalysis(g)
            f += [("layers", Double(spans.summary.layers)), ("span.mean", spans.summary.meanSpan), ("span.median", spans.summary.medianSpan),
                  ("span.narrow", Double(spans.summary.narrow)), ("span.wide", Double(spans.summary.wide))]
            let gaps = GapAnalysis(g)
            f += [("need", Double(gaps.summary.need)), ("filled", Double(gaps.summary.filled)), ("shortage", Double(gaps.summary.shortage)),
                  ("surplus", Double(gaps.summary.surplus))]
            let compliance = ComplianceAnalysis(g)
            f += [("compliance.errors", Double(compliance.errors)), ("compliance.warnings", Double(compliance.warnings))]
            f.append(("pool", Double(g.personPosition.count { $0 < 0 })))
            let cost = Double(Comparison.allowance(g))
            f.append(("allowance", cost))
            f.append(("saving", baseline.map { $0 - cost } ?? 0))
            if baseline == nil { baseline = cost }
            columns.append(Column(name: name, figures: f))
        }
        self.columns = columns
    }

    /// Σ over filled structural seats of the monthly allowance for their eselon, × 12.
    public static func allowance(_ g: OrgGraph) -> Int {
        var total = 0
        let table = g.settings.structuralAllowance
        for (p, post) in g.positions.enumerated() where post.level.isStructural {
            guard let e = post.eselon else { continue }
            // Checked: seats and allowances are bounded (ChartBounds), but a sum is never trusted to fit.
            let (seats, monthly) = (min(g.filled(p), post.seats), table[e] ?? defaultAllowance[e] ?? 0)
            let (month, o1) = seats.multipliedReportingOverflow(by: monthly)
            let (year, o2) = month.multipliedReportingOverflow(by: 12)
            let (sum, o3) = total.addingReportingOverflow(year)
            if o1 || o2 || o3 { return .max }
            total = sum
        }
        return total
    }

    func value(_ column: Column, _ key: String) -> Double { column.figures.first { $0.key == key }?.value ?? 0 }

    public func json(_ l: Language) -> JSONValue {
        .object([
            ("rows", .array(rows.map { .string($0.key) })),
            ("columns", .array(columns.map { c in
                .object([("name", .string(c.name)), ("figures", .object(c.figures.map { ($0.key, $0.value == $0.value.rounded() ? .int(Int(saturating: $0.value)) : .double($0.value)) }))])
            })),
        ])
    }

    /// A figure the reader's way: "4,09" and "5.986.260.000" in Indonesian; money in whole rupiah.
    static func show(_ v: Double, money: Bool, _ l: Language) -> String {
        money ? l.number(v.rounded(), decimals: 0) : l.number(v)
    }

    public func detailTable(_ l: Language) -> Table {
        Table(title: l.pick("Perbandingan skenario", "Scenario comparison"),
              columns: [l.pick("ukuran", "measure")] + columns.map(\.name),
              rows: rows.map { r in [l.pick(r.id, r.en)] + columns.map { Comparison.show(value($0, r.key), money: r.key == "allowance" || r.key == "saving", l) } })
    }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        var t = detailTable(l)
        // Leave out rows that are zero everywhere (an eselon or kind no chart has).
        t.rows = zip(rows, t.rows).filter { r, _ in r.key == "saving" || columns.contains { value($0, r.key) != 0 } }.map(\.1)
        let source = columns.isEmpty ? "" : l.pick("Tunjangan struktural: tabel Perpres 26/2007 kecuali diatur di settings.structural_allowance.",
                                                   "Structural allowance: the Perpres 26/2007 table unless settings.structural_allowance says otherwise.")
        t.title += "\n" + source
        return [t]
    }
}
