public import OrgModel

/// The cost of the structure (`ramping analyse cost`; domain rules, section 11): belanja pegawai of the
/// people in post, per perangkat daerah and in total, by component: gaji pokok, structural allowance,
/// functional allowance and TPP, a year. With `organisation.apbd` the share in the APBD against the
/// ceiling (UU 1/2022 Ps 146, `settings.belanja_pegawai_ceiling`).
///
/// A figure the data cannot support is not costed and counted as such, never taken as zero: gaji pokok
/// without a rank, the gaji of a PPPK (Perpres 11/2024: the chart gives no PPPK golongan, and Ramping
/// does not carry the table; its own line in the report), a functional allowance
/// without a table for the kind and jenjang, TPP without `settings.tpp`. Family, rice and general
/// allowances and employer contributions are outside these components.
public struct CostAnalysis: Report {
    /// Annual rupiah per component.
    public struct Components: Sendable, Hashable {
        public var baseSalary = 0
        public var structural = 0
        public var functional = 0
        public var tpp = 0
        public var total: Int { baseSalary + structural + functional + tpp }

        public static func + (a: Components, b: Components) -> Components {
            Components(baseSalary: a.baseSalary + b.baseSalary, structural: a.structural + b.structural,
                       functional: a.functional + b.functional, tpp: a.tpp + b.tpp)
        }
        public static func - (a: Components, b: Components) -> Components {
            Components(baseSalary: a.baseSalary - b.baseSalary, structural: a.structural - b.structural,
                       functional: a.functional - b.functional, tpp: a.tpp - b.tpp)
        }
    }

    /// Holders whose component could not be costed.
    public struct Uncosted: Sendable, Hashable {
        /// PNS without a golongan or a readable NIP.
        public var baseSalary = 0
        /// PPPK, whose gaji is not costed.
        public var pppk = 0
        public var functional = 0
        public var tpp = 0
        public var any: Bool { baseSalary + pppk + functional + tpp > 0 }
    }

    public struct UnitCost: Sendable, Hashable {
        public let unit: String
        public let name: String
        public var people = 0
        public var cost = Components()
        public var uncosted = Uncosted()
    }

    public let units: [UnitCost]
    public let total: Components
    public let people: Int
    public let uncosted: Uncosted
    public let apbd: Double?
    public let ceiling: Double
    /// Which tables the figures come from: the chart's settings or the default.
    public let tables: [(component: String, source: String)]

    /// Belanja pegawai of the structure as a share of the APBD, when the chart gives the APBD.
    public var share: Double? { apbd.map { Double(total.total) / $0 } }
    public var exceedsCeiling: Bool { (share ?? 0) > ceiling }

    public init(_ graph: OrgGraph) {
        let settings = graph.settings
        let asOf = graph.asOf
        // The perangkat daerah of every unit: its ancestor just under the root.
        var top = [Int](repeating: -1, count: graph.units.count)
        for u in graph.units.indices {
            var v = u
            while graph.unitParent[v] >= 0 && graph.unitParent[v] != graph.rootUnit { v = graph.unitParent[v] }
            top[u] = v
        }
        var byUnit: [Int: UnitCost] = [:]
        for (i, person) in graph.people.enumerated() {
            let p = graph.personPosition[i]
            guard p >= 0 else { continue }
            let post = graph.positions[p]
            let u = top[graph.positionUnit[p]]
            var row = byUnit[u] ?? UnitCost(unit: graph.units[u].id, name: graph.units[u].name)
            row.people += 1
            // Gaji pokok: golongan and masa kerja from the NIP's appointment (TMT CPNS) to as_of.
            if person.isPPPK {
                row.uncosted.pppk += 1
            } else if let rank = person.rank, case .success(let nip) = NIP.parse(person.nip) {
                let months = (asOf.year - nip.appointedYear) * 12 + asOf.month - nip.appointedMonth
                row.cost.baseSalary += Pay.baseSalary(rank, years: max(0, months / 12), settings) * 12
            } else {
                row.uncosted.baseSalary += 1
            }
            if post.level.isStructural, let e = post.eselon, !post.isAdditionalDutyHead {
                row.cost.structural += settings.structuralAllowance(e) * 12
            }
            if post.level == .fungsional {
                if let monthly = settings.functionalAllowance(kind: post.functionalKind, jenjang: post.jenjang) {
                    row.cost.functional += monthly * 12
                } else {
                    row.uncosted.functional += 1
                }
            }
            if let grade = post.grade, let monthly = settings.tpp[grade] {
                row.cost.tpp += monthly * 12
            } else {
                row.uncosted.tpp += 1
            }
            byUnit[u] = row
        }
        units = byUnit.keys.sorted().map { byUnit[$0]! }
        total = units.reduce(Components()) { $0 + $1.cost }
        people = units.reduce(0) { $0 + $1.people }
        uncosted = units.reduce(Uncosted()) { a, r in
            Uncosted(baseSalary: a.baseSalary + r.uncosted.baseSalary, pppk: a.pppk + r.uncosted.pppk,
                     functional: a.functional + r.uncosted.functional, tpp: a.tpp + r.uncosted.tpp)
        }
        apbd = graph.chart.organisation.apbd
        ceiling = settings.personnelSpendingCeiling
        tables = [
            ("gaji_pokok", (settings.baseSalary.isEmpty ? Pay.baseSalarySource : "settings.gaji_pokok + " + Pay.baseSalarySource) + "; " + Pay.masaKerjaNote),
            ("structural_allowance", settings.structuralAllowance.isEmpty ? Pay.structuralAllowanceSource : "settings.structural_allowance"),
            ("functional_allowance", settings.functionalAllowance.isEmpty ? Pay.functionalAllowanceSource : "settings.functional_allowance + " + Pay.functionalAllowanceSource),
            ("tpp", settings.tpp.isEmpty ? "—" : Pay.tppSource),
            ("belanja_pegawai_ceiling", "\(Int((settings.personnelSpendingCeiling * 100).rounded())) %: " + Pay.ceilingSource),
        ]
    }

    static func componentNames(_ l: Language) -> [String] {
        [l.pick("Gaji pokok", "Base salary"), l.pick("Tunjangan struktural", "Structural allowance"),
         l.pick("Tunjangan fungsional", "Functional allowance"), "TPP"]
    }

    static func values(_ c: Components) -> [Int] { [c.baseSalary, c.structural, c.functional, c.tpp] }

    public func tables(_ l: Language, limit: Int?) -> [Table] {
        var summary = Table(title: l.pick("Belanja pegawai struktur per tahun", "Personnel spending of the structure a year"),
                            columns: [l.pick("Komponen", "Component"), l.pick("Jumlah per tahun", "A year"), l.pick("Tabel", "Table")],
                            alignments: [.left, .right, .left])
        let names = Self.componentNames(l), vals = Self.values(total)
        let notCosted = [uncosted.baseSalary, 0, uncosted.functional, uncosted.tpp]
        for i in 0..<4 {
            var source = tables[i].source
            if source == "—" { source = l.pick("belum ditetapkan (settings.tpp): tidak dihitung", "not set (settings.tpp): not costed") }
            if notCosted[i] > 0 && !tables[i].source.hasPrefix("—") {
                source += l.pick("; \(l.integer(notCosted[i])) pegawai tidak dihitung", "; \(l.integer(notCosted[i])) people not costed")
            }
            summary.rows.append([names[i], l.rupiah(vals[i]), source])
            if i == 0 && uncosted.pppk > 0 {
                summary.rows.append([l.pick("Gaji PPPK", "PPPK pay"), l.pick("tidak dihitung", "not costed"),
                                     l.pick("\(l.integer(uncosted.pppk)) pegawai PPPK: golongan PPPK tidak ada di bagan dan tabel \(Pay.pppkSalarySource) belum dimuat",
                                            "\(l.integer(uncosted.pppk)) PPPK: the chart gives no PPPK golongan and the \(Pay.pppkSalarySource) table is not loaded")])
            }
        }
        summary.rows.append([l.pick("Jumlah (\(l.integer(people)) pegawai)", "Total (\(l.integer(people)) people)"), l.rupiah(total.total),
                             uncosted.pppk > 0 ? l.pick("tanpa gaji PPPK", "without PPPK pay") : ""])
        if let apbd, let share {
            summary.rows.append([l.pick("APBD", "APBD"), l.rupiah(Int(apbd)), ""])
            let verdict = exceedsCeiling ? l.pick("MELAMPAUI batas \(l.percent(ceiling))", "ABOVE the \(l.percent(ceiling)) ceiling")
                                         : l.pick("dalam batas \(l.percent(ceiling))", "within the \(l.percent(ceiling)) ceiling")
            summary.rows.append([l.pick("Porsi belanja pegawai struktur dalam APBD", "Share of the structure's personnel spending in the APBD"),
                                 l.percent(share, decimals: 2), verdict + " (" + Pay.ceilingSource + ")"])
        } else {
            summary.rows.append([l.pick("Porsi dalam APBD", "Share of the APBD"), "–",
                                 l.pick("bagan tidak memuat organisation.apbd", "the chart gives no organisation.apbd")])
        }
        var perUnit = Table(title: l.pick("Belanja pegawai per perangkat daerah per tahun", "Personnel spending per perangkat daerah a year"),
                            columns: [l.pick("Perangkat daerah", "Perangkat daerah"), l.pick("Pegawai", "People")] + names + [l.pick("Jumlah", "Total")])
        for row in units.sorted(by: { ($0.cost.total, $1.name) > ($1.cost.total, $0.name) }) {
            perUnit.rows.append([row.name, l.integer(row.people)] + Self.values(row.cost).map(l.rupiah) + [l.rupiah(row.cost.total)])
        }
        return [summary, perUnit.limited(to: limit, l)]
    }

    public func detailTable(_ l: Language) -> Table {
        var t = Table(title: "", columns: [l.pick("perangkat_daerah", "perangkat_daerah"), l.pick("pegawai", "people"), "gaji_pokok",
                                           l.pick("tunjangan_struktural", "structural_allowance"), l.pick("tunjangan_fungsional", "functional_allowance"),
                                           "tpp", l.pick("jumlah", "total")])
        for row in units { t.rows.append([row.name, String(row.people)] + Self.values(row.cost).map(String.init) + [String(row.cost.total)]) }
        return t
    }

    public func json(_ l: Language) -> JSONValue {
        func comps(_ c: Components) -> JSONValue {
            .object([("gaji_pokok", .int(c.baseSalary)), ("structural_allowance", .int(c.structural)),
                     ("functional_allowance", .int(c.functional)), ("tpp", .int(c.tpp)), ("total", .int(c.total))])
        }
        return .object([
            ("total", comps(total)), ("people", .int(people)),
            ("uncosted", .object([("gaji_pokok", .int(uncosted.baseSalary)), ("gaji_pppk", .int(uncosted.pppk)), ("functional_allowance", .int(uncosted.functional)), ("tpp", .int(uncosted.tpp))])),
            ("apbd", apbd.map { .double($0) } ?? .null), ("share", share.map { .double($0) } ?? .null),
            ("ceiling", .double(ceiling)), ("exceeds_ceiling", .bool(exceedsCeiling)),
            ("tables", .object(tables.map { ($0.component, .string($0.source)) })),
            ("units", .array(units.map { .object([("unit", .string($0.unit)), ("name", .string($0.name)), ("people", .int($0.people)), ("cost", comps($0.cost))]) })),
        ])
    }
}
