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
        public var figures: [(figure: Figure, value: Double?)]

        /// The value of `figure` in this column: nil when not costed or not computed for this comparison.
        public func value(_ figure: Figure) -> Double? { figures.first { $0.figure == figure }.flatMap(\.value) }
    }

    public let columns: [Column]
    /// Which tables the money rows used: the regulation's, or the chart's own (`settings.*`), for the note under the table.
    let tables: PayTables
    /// The rows of the table in order.
    public let rows: [Figure]

    public static var defaultAllowance: [Eselon: Int] { Settings.defaultStructuralAllowance }

    public init(_ charts: [(name: String, graph: OrgGraph)]) {
        let kinds = UnitKind.allCases.filter { k in charts.contains { $0.graph.units.contains { $0.kind == k } } }
        // Belanja pegawai of the people in post by component (`CostAnalysis`), the types warranted by the
        // mapping of affairs (`TypologyAnalysis`) and the five-year formasi (`FormasiPlan`).
        let typed = charts.contains { $0.graph.chart.typology != nil }
        rows = Figure.rows(kinds: kinds, typed: typed)

        var columns: [Column] = []
        var baseline: Double?
        var baselineCost: Int?
        for (name, g) in charts {
            var f: [(Figure, Double?)] = []
            for k in kinds { f.append((.units(k), Double(g.units.count { $0.kind == k }))) }
            for e in Eselon.allCases { f.append((.posts(e), Double(g.positions.count { $0.eselon == e && $0.level.isStructural }))) }
            f.append((.functionalSeats, Double(g.positions.filter { $0.level == .fungsional }.reduce(0) { $0 + $1.seats })))
            f.append((.pelaksanaSeats, Double(g.positions.filter { $0.level == .pelaksana }.reduce(0) { $0 + $1.seats })))
            let spans = SpanAnalysis(g)
            f += [(.layers, Double(spans.summary.layers)), (.meanSpan, spans.summary.meanSpan), (.medianSpan, spans.summary.medianSpan),
                  (.narrowManagers, Double(spans.summary.narrow)), (.wideManagers, Double(spans.summary.wide))]
            let gaps = GapAnalysis(g)
            f += [(.need, Double(gaps.summary.need)), (.filled, Double(gaps.summary.filled)), (.shortage, Double(gaps.summary.shortage)),
                  (.surplus, Double(gaps.summary.surplus))]
            let compliance = ComplianceAnalysis(g)
            f += [(.complianceErrors, Double(compliance.errors)), (.complianceWarnings, Double(compliance.warnings))]
            f.append((.pool, Double(g.personPosition.count { $0 < 0 })))
            let cost = Double(Comparison.allowance(g))
            f.append((.allowance, cost))
            let gross = baseline.map { $0 - cost } ?? 0
            f.append((.saving, gross))
            let conversion = charts.first.map { Comparison.conversions(from: $0.graph, to: g) } ?? Conversions()
            f.append((.converted, Double(conversion.holders)))
            f.append((.convertedUncosted, Double(conversion.uncosted)))
            f.append((.functionalCosted, Double(conversion.functionalAllowance)))
            let functional = conversion.uncosted > 0 ? nil : Double(conversion.functionalAllowance)
            f.append((.functionalConverted, functional))
            f.append((.netSaving, functional.map { gross - $0 }))
            let money = CostAnalysis(g)
            f += [(.baseSalaryCost, Double(money.total.baseSalary)), (.structuralCost, Double(money.total.structural)),
                  (.functionalCost, Double(money.total.functional)), (.tppCost, Double(money.total.tpp)),
                  (.totalCost, Double(money.total.total))]
            if baselineCost == nil { baselineCost = money.total.total }
            f.append((.netCost, Double(money.total.total - (baselineCost ?? 0))))
            if typed {
                let typology = TypologyAnalysis(g)
                f.append((.typologyAbove, Double(typology.units.count { $0.isAboveWarranted })))
                f.append((.typologyUnscored, Double(typology.units.count { $0.warranted == nil })))
            }
            let formasi = FormasiPlan(g, years: 5)
            f.append((.formasiRecruit, Double(formasi.totalRecruit)))
            f.append((.formasiPPPK, Double(formasi.totals.reduce(0) { $0 + $1.pppk })))
            if baseline == nil { baseline = cost }
            columns.append(Column(name: name, figures: f))
        }
        self.columns = columns
        tables = PayTables(charts.map(\.graph))
    }

    /// The pay tables behind the money rows, named for a planner: the regulation, or "the chart's own table"
    /// when a chart sets one (its `organisation.settings`), never the file's key.
    struct PayTables: Sendable {
        var structural = false, functional = false, baseSalary = false, tpp = false

        init(_ graphs: [OrgGraph]) {
            for g in graphs {
                structural = structural || !g.settings.structuralAllowance.isEmpty
                functional = functional || !g.settings.functionalAllowance.isEmpty
                baseSalary = baseSalary || !g.settings.baseSalary.isEmpty
                tpp = tpp || !g.settings.tpp.isEmpty
            }
        }

        /// "Tunjangan jabatan struktural: Perpres 26/2007." or the chart's own table.
        func structuralLine(_ l: Language) -> String {
            structural ? l.pick("Tunjangan jabatan struktural: tabel yang ditetapkan dalam bagan, bukan Perpres 26/2007.",
                                "Structural allowance: the chart's own table, not Perpres 26/2007.")
                       : l.pick("Tunjangan jabatan struktural: Perpres 26/2007.", "Structural allowance: Perpres 26/2007.")
        }
    }

    /// The note under the comparison: which table each money row used, in the planner's words.
    func sources(_ l: Language) -> String {
        let functional = tables.functional ? l.pick("tabel tunjangan fungsional dalam bagan, lalu Perpres per jenis jabatan fungsional",
                                                    "the chart's functional allowance table, then the Perpres of each kind of functional post")
                                           : l.pick("Perpres tunjangan per jenis jabatan fungsional dan jenjang", "the Perpres allowance of each kind of functional post and jenjang")
        let base = tables.baseSalary ? l.pick("tabel gaji pokok dalam bagan, lalu \(Pay.baseSalarySource)", "the chart's base salary table, then \(Pay.baseSalarySource)")
                                     : Pay.baseSalarySource
        let tpp = tables.tpp ? l.pick("TPP menurut tabel Perkada TPP dalam bagan. ", "TPP by the chart's Perkada TPP table. ")
                             : l.pick("TPP tidak dihitung (tabel TPP Perkada belum dimasukkan dalam bagan). ", "TPP not costed (the chart has no Perkada TPP table). ")
        return tables.structuralLine(l) + " "
            + l.pick("Pemangku jabatan yang disetarakan menerima tunjangan fungsional jabatan barunya (\(functional)); tanpa tabel untuk jenisnya, penghematan neto tidak dihitung. ",
                     "Converted holders receive the functional allowance of their new post (\(functional)); without a table for its kind, the net saving is not costed. ")
            + l.pick("Belanja pegawai pemangku jabatan: gaji pokok \(base); gaji PPPK (\(Pay.pppkSalarySource)) tidak dihitung; ",
                     "Personnel spending of holders: base salary \(base); PPPK pay (\(Pay.pppkSalarySource)) not costed; ")
            + tpp
            + l.pick("Perubahan neto dibandingkan kolom pertama.", "Net change against the first column.")
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

    /// A figure of a column as the table shows it: a figure a chart lacks counts as 0; nil is "not costed".
    func value(_ column: Column, _ figure: Figure) -> Double? {
        guard let f = column.figures.first(where: { $0.figure == figure }) else { return 0 }
        return f.value
    }

    public func json(_ l: Language) -> JSONValue {
        .object([
            ("rows", .array(rows.map { .string($0.key) })),
            ("columns", .array(columns.map { c in
                .object([("name", .string(c.name)), ("figures", .object(c.figures.map { f in
                    guard let v = f.value else { return (f.figure.key, JSONValue.null) }
                    return (f.figure.key, v == v.rounded() ? .int(Int(saturating: v)) : .double(v))
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
                  [r.label(l)] + columns.map { c in
                      value(c, r).map { Comparison.show($0, money: r.isMoney, l) } ?? l.pick("tidak dihitung", "not costed")
                  }
              })
    }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        var t = detailTable(l)
        // Leave out rows that are zero everywhere (an eselon or kind no chart has).
        t.rows = zip(rows, t.rows).filter { r, _ in r.shownWhenZero || columns.contains { value($0, r) != 0 } }.map(\.1)
        if !columns.isEmpty { t.title += "\n" + sources(l) }
        return [t]
    }
}
