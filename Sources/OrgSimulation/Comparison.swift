public import OrgModel
public import OrgAnalysis

/// The figures a planner compares between the baseline and each scenario (`ramping compare`).
///
/// Structural allowance: the monthly tunjangan jabatan struktural per eselon (Perpres 26/2007 by default,
/// or the chart's `settings.structural_allowance`), for every filled structural seat, times 12.
///
/// A conversion (penyetaraan) is not a saving of the whole allowance: the holder receives the functional
/// allowance of the new post instead (domain rules, section 11). So each scenario shows the gross change
/// in structural allowance, the functional allowance its converted holders receive (by kind and jenjang:
/// `FunctionalKinds` or `settings.functional_allowance`), and the net saving. When a converted post has
/// no allowance table for its kind, the functional cost and the net saving are not costed (nil), never zero.
public struct Comparison: Report {
    public struct Column: Sendable {
        public var name: String
        /// nil: not costed (the data does not support a figure).
        public var figures: [(key: String, value: Double?)]
    }

    public let columns: [Column]
    /// Row keys in order, with their human names.
    public let rows: [(key: String, id: String, en: String)]

    public static var defaultAllowance: [Eselon: Int] { Settings.defaultStructuralAllowance }

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
        row("saving", "penghematan bruto tunjangan struktural (Rp)", "gross saving in structural allowance (Rp)")
        row("converted", "pemangku jabatan yang disetarakan", "holders of converted posts")
        row("converted.uncosted", "di antaranya tanpa tabel tunjangan fungsional", "of whom without a functional allowance table")
        row("functional.costed", "tunjangan fungsional yang ada tabelnya per tahun (Rp)", "functional allowance with a table a year (Rp)")
        row("functional.converted", "tunjangan fungsional pemangku jabatan disetarakan per tahun (Rp)", "functional allowance of converted holders a year (Rp)")
        row("saving.net", "penghematan neto (Rp)", "net saving (Rp)")
        // Belanja pegawai of the people in post by component (`CostAnalysis`), the types warranted by the
        // mapping of affairs (`TypologyAnalysis`) and the five-year formasi (`FormasiPlan`).
        row("cost.gaji_pokok", "gaji pokok per tahun (Rp)", "base salary a year (Rp)")
        row("cost.structural", "tunjangan struktural pemangku per tahun (Rp)", "structural allowance of holders a year (Rp)")
        row("cost.functional", "tunjangan fungsional per tahun (Rp)", "functional allowance a year (Rp)")
        row("cost.tpp", "TPP per tahun (Rp)", "TPP a year (Rp)")
        row("cost.total", "belanja pegawai bruto per tahun (Rp)", "gross personnel spending a year (Rp)")
        row("cost.net", "perubahan neto belanja pegawai (Rp)", "net change in personnel spending (Rp)")
        let typed = charts.contains { $0.graph.chart.typology != nil }
        if typed {
            row("typology.above", "perangkat daerah bertipe di atas hasil pemetaan", "perangkat daerah above their warranted type")
            row("typology.unscored", "perangkat daerah belum dapat dinilai", "perangkat daerah not yet scored")
        }
        row("formasi.recruit", "kebutuhan formasi 5 tahun", "recruitment over 5 years")
        row("formasi.pppk", "di antaranya PPPK", "of which PPPK")
        rows = rowKeys.map { (key: $0.0, id: $0.1, en: $0.2) }

        var columns: [Column] = []
        var baseline: Double?
        var baselineCost: Int?
        for (name, g) in charts {
            var f: [(String, Double?)] = []
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
            let gross = baseline.map { $0 - cost } ?? 0
            f.append(("saving", gross))
            let conversion = charts.first.map { Comparison.conversions(from: $0.graph, to: g) } ?? Conversions()
            f.append(("converted", Double(conversion.holders)))
            f.append(("converted.uncosted", Double(conversion.uncosted)))
            f.append(("functional.costed", Double(conversion.functionalAllowance)))
            let functional = conversion.uncosted > 0 ? nil : Double(conversion.functionalAllowance)
            f.append(("functional.converted", functional))
            f.append(("saving.net", functional.map { gross - $0 }))
            let money = CostAnalysis(g)
            f += [("cost.gaji_pokok", Double(money.total.baseSalary)), ("cost.structural", Double(money.total.structural)),
                  ("cost.functional", Double(money.total.functional)), ("cost.tpp", Double(money.total.tpp)),
                  ("cost.total", Double(money.total.total))]
            if baselineCost == nil { baselineCost = money.total.total }
            f.append(("cost.net", Double(money.total.total - (baselineCost ?? 0))))
            if typed {
                let typology = TypologyAnalysis(g)
                f.append(("typology.above", Double(typology.units.count { $0.isAboveWarranted })))
                f.append(("typology.unscored", Double(typology.units.count { $0.warranted == nil })))
            }
            let formasi = FormasiPlan(g, years: 5)
            f.append(("formasi.recruit", Double(formasi.totalRecruit)))
            f.append(("formasi.pppk", Double(formasi.totals.reduce(0) { $0 + $1.pppk })))
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

    /// The cost line of a change report: the structural allowance before and after, the gross saving,
    /// the functional allowance converted holders receive, and the net saving, or "not costed".
    public static func costLine(_ l: Language, before: OrgGraph, after: OrgGraph) -> String {
        let a = allowance(before), b = allowance(after)
        let c = conversions(from: before, to: after)
        var line = l.pick("- Tunjangan struktural per tahun: \(l.rupiah(a)) → \(l.rupiah(b)); penghematan bruto \(l.rupiah(a - b))",
                          "- Structural allowance a year: \(l.rupiah(a)) → \(l.rupiah(b)); gross saving \(l.rupiah(a - b))")
        guard c.holders > 0 else { return line }
        if c.uncosted > 0 {
            line += l.pick("; \(l.integer(c.holders)) pemangku jabatan disetarakan menerima tunjangan fungsional, \(l.integer(c.uncosted)) di antaranya tanpa tabel tunjangan: penghematan neto tidak dihitung",
                           "; \(l.integer(c.holders)) converted holders receive a functional allowance, \(l.integer(c.uncosted)) of them without an allowance table: net saving not costed")
        } else {
            line += l.pick("; tunjangan fungsional \(l.integer(c.holders)) pemangku jabatan disetarakan \(l.rupiah(c.functionalAllowance)); penghematan neto \(l.rupiah(a - b - c.functionalAllowance))",
                           "; functional allowance of \(l.integer(c.holders)) converted holders \(l.rupiah(c.functionalAllowance)); net saving \(l.rupiah(a - b - c.functionalAllowance))")
        }
        return line
    }

    /// Posts structural in the baseline and functional in the scenario, with their holders.
    public struct Conversions: Sendable {
        /// Holders of converted posts.
        public var holders = 0
        /// Holders whose new post has no allowance table for its kind and jenjang.
        public var uncosted = 0
        /// Σ functional allowance of the costed holders, a year.
        public var functionalAllowance = 0
    }

    /// The conversions between two charts, matched by post id.
    public static func conversions(from base: OrgGraph, to g: OrgGraph) -> Conversions {
        var c = Conversions()
        for (p, post) in g.positions.enumerated() where post.level == .fungsional {
            guard let b = base.positionIndex[post.id], base.positions[b].level.isStructural else { continue }
            let holders = min(g.filled(p), post.seats)
            guard holders > 0 else { continue }
            c.holders += holders
            if let monthly = g.settings.functionalAllowance(kind: post.functionalKind, jenjang: post.jenjang) {
                c.functionalAllowance += holders * monthly * 12
            } else {
                c.uncosted += holders
            }
        }
        return c
    }

    func value(_ column: Column, _ key: String) -> Double? {
        guard let f = column.figures.first(where: { $0.key == key }) else { return 0 }
        return f.value
    }

    static let moneyRows: Set<String> = ["allowance", "saving", "functional.costed", "functional.converted", "saving.net",
                                         "cost.gaji_pokok", "cost.structural", "cost.functional", "cost.tpp", "cost.total", "cost.net"]

    public func json(_ l: Language) -> JSONValue {
        .object([
            ("rows", .array(rows.map { .string($0.key) })),
            ("columns", .array(columns.map { c in
                .object([("name", .string(c.name)), ("figures", .object(c.figures.map { f in
                    guard let v = f.value else { return (f.key, JSONValue.null) }
                    return (f.key, v == v.rounded() ? .int(Int(saturating: v)) : .double(v))
                }))])
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

              rows: rows.map { r in
                  [l.pick(r.id, r.en)] + columns.map { c in
                      value(c, r.key).map { Comparison.show($0, money: Comparison.moneyRows.contains(r.key), l) } ?? l.pick("tidak dihitung", "not costed")
                  }
              })
    }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        var t = detailTable(l)
        // Leave out rows that are zero everywhere (an eselon or kind no chart has).
        t.rows = zip(rows, t.rows).filter { r, _ in r.key == "saving" || r.key == "saving.net" || r.key == "cost.net" || columns.contains { value($0, r.key) != 0 } }.map(\.1)
        var source = columns.isEmpty ? "" : l.pick("Tunjangan struktural: tabel Perpres 26/2007 kecuali diatur di settings.structural_allowance. "
                                                   + "Pemangku jabatan yang disetarakan menerima tunjangan fungsional jabatan barunya (tabel menurut jenis jabatan fungsional dan jenjang, "
                                                   + "atau settings.functional_allowance); tanpa tabel untuk jenisnya, penghematan neto tidak dihitung.",
                                                   "Structural allowance: the Perpres 26/2007 table unless settings.structural_allowance says otherwise. "
                                                   + "Converted holders receive the functional allowance of their new post (a table by kind of functional post and jenjang, "
                                                   + "or settings.functional_allowance); without a table for its kind, the net saving is not costed.")
        if !columns.isEmpty {
            let tpp = columns.contains { (value($0, "cost.tpp") ?? 0) != 0 }
            source += " " + l.pick("Belanja pegawai pemangku jabatan: gaji pokok \(Pay.baseSalarySource) kecuali settings.gaji_pokok; gaji PPPK (\(Pay.pppkSalarySource)) tidak dihitung; "
                                   + (tpp ? "TPP menurut settings.tpp (Perkada). " : "TPP tidak dihitung (settings.tpp belum ditetapkan). ")
                                   + "Perubahan neto dibandingkan kolom pertama.",
                                   "Personnel spending of holders: base salary \(Pay.baseSalarySource) unless settings.gaji_pokok; PPPK pay (\(Pay.pppkSalarySource)) not costed; "
                                   + (tpp ? "TPP by settings.tpp (Perkada). " : "TPP not costed (settings.tpp not set). ")
                                   + "Net change against the first column.")
        }
        t.title += "\n" + source
        return [t]
    }
}
